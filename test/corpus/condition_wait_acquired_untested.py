"""`cond.wait()` after `cond.acquire()`, with no test of what it waits for: a notify made first is lost (positive: GIL006 once)."""
import threading

results = []
ready = threading.Condition()


def collect():
    for i in range(3):
        results.append(i * i)
    ready.acquire()
    ready.notify()
    ready.release()


def report():
    ready.acquire()
    ready.wait(timeout=2)  # expect: GIL006
    ready.release()
    print(results)


threading.Thread(target=collect).start()
threading.Thread(target=report).start()
