"""The test and the set happen under one lock (negative: GIL004)."""
import threading
from concurrent.futures import ThreadPoolExecutor

memo = {}
memo_lock = threading.Lock()


def square(n):
    with memo_lock:
        if n not in memo:
            memo[n] = n * n
        return memo[n]


with ThreadPoolExecutor() as ex:
    list(ex.map(square, [1, 2, 1]))
