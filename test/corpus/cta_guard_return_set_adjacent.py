"""A guard clause returns for tasks already claimed, the next statement claims the task, then the work runs (positive: GIL004, guard-clause form; the fix locks the test and the claim)."""
import threading

claimed = set()


def run_task(task_id):
    if task_id in claimed:  # expect: GIL004
        return None
    claimed.add(task_id)
    return task_id * 2


threads = [threading.Thread(target=run_task, args=(i % 3,)) for i in range(9)]
for t in threads:
    t.start()
for t in threads:
    t.join()
