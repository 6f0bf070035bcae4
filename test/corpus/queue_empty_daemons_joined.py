"""The same prober, but it joins its daemon workers after the queue: a worker left waiting in get()
for the word another took is never done, so the program waits for ever (positive)."""
import queue
import threading

words = queue.Queue()
found = []


def probe():
    while not words.empty():  # expect: GIL004
        word = words.get()
        if word.endswith("admin"):
            found.append(word)
        words.task_done()


for w in ("www", "mail", "admin", "dev", "webadmin"):
    words.put(w)
workers = [threading.Thread(target=probe, daemon=True) for _ in range(4)]
for worker in workers:
    worker.start()
words.join()
for worker in workers:
    worker.join()
print(", ".join(found))
