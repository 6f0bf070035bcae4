"""The starter holds a Condition while it starts the worker but never waits on it before reading the list (positive)."""
import threading

results = []
ready = threading.Condition()


def fetch(into):
    into.append("payload")
    with ready:
        ready.notify()


with ready:
    threading.Thread(target=fetch, args=(results,)).start()
print(results)  # expect: GIL006
