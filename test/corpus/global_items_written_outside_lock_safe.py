"""The same render queue with the update under the status lock, and a counter dict nobody copies as a whole (negative)."""
import threading
import time

status_lock = threading.Lock()
job = {"step": 0, "percent": 0, "message": ""}
seen = {"a": 0, "b": 0}


def render(steps):
    for i in range(steps):
        time.sleep(0.1)
        with status_lock:
            (job["step"], job["percent"], job["message"]) = (i, 100 * i // steps, f"frame {i}")
        seen["a"] = i
        seen["b"] = i


def status():
    with status_lock:
        return dict(job)


def last_a():
    return seen["a"]


threading.Thread(target=render, args=(50,), daemon=True).start()
