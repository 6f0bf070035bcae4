"""The threads run the first `work`; a later `work` of the same name does not change that (positive: shape 5)."""
import threading

hits = 0


def work():
    global hits
    hits += 1  # expect: GIL001


pool = [threading.Thread(target=work) for _ in range(3)]
for t in pool:
    t.start()
for t in pool:
    t.join()


def work():
    return "a new version, never run in threads"
