"""A word-list prober fills its queue before the workers start, runs them as daemon threads and
waits on the queue's own join(). A worker that finds the queue not empty and then loses the last
word to another waits in get() for ever, but it took nothing, so the queue's join() still returns,
and the daemon ends with the program (negative)."""
import queue
import threading

words = queue.Queue()
found = []


def probe():
    while not words.empty():
        word = words.get()
        if word.endswith("admin"):
            found.append(word)
        words.task_done()


for w in ("www", "mail", "admin", "dev", "webadmin"):
    words.put(w)
for _ in range(4):
    worker = threading.Thread(target=probe)
    worker.daemon = True
    worker.start()
words.join()
print(", ".join(found))
