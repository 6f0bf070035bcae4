"""The starter holds a Condition, starts the worker and waits on it; the worker fills the list, then notifies (negative)."""
import threading

results = []
ready = threading.Condition()


def fetch(into):
    into.append("payload")
    with ready:
        ready.notify()


with ready:
    threading.Thread(target=fetch, args=(results,)).start()
    ready.wait()
print(results)
