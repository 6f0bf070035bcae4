"""A render queue whose worker thread writes the job's progress fields as one update without the lock that the status call holds to copy them: a status can mix two steps (positive: GIL001 twice)."""
import threading
import time

status_lock = threading.Lock()
job = {"step": 0, "percent": 0, "message": ""}
totals = {"frames": 0, "seconds": 0.0}


def render(steps):
    for i in range(steps):
        time.sleep(0.1)
        (job["step"], job["percent"], job["message"]) = (i, 100 * i // steps, f"frame {i}")  # expect: GIL001
        totals["frames"] = i  # expect: GIL001
        totals["seconds"] = i * 0.1
    with status_lock:
        job["message"] = "done"


def status():
    with status_lock:
        return dict(job), totals.copy()


threading.Thread(target=render, args=(50,), daemon=True).start()
