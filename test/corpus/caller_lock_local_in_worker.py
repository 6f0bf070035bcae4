"""The thread function makes its own lock on every call, so no two threads share it (positive)."""
from concurrent.futures import ThreadPoolExecutor
import threading

errors = {}


def note_error(kind):
    errors[kind] = errors.get(kind, 0) + 1  # expect: GIL001


def check(item):
    lock = threading.Lock()
    with lock:
        note_error(type(item).__name__)


with ThreadPoolExecutor() as pool:
    list(pool.map(check, [1, "a", 2.0]))
