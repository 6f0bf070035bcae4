"""The same download workers catching the module's `queue.Empty` (and one that imports Empty by name):
a worker that loses the race for the last item is told so and leaves its loop (negative)."""
import queue
import threading
import time
from queue import Empty, Queue

saved = []


def download(urls):
    while not urls.empty():
        try:
            url = urls.get(block=False)
        except queue.Empty:
            break
        time.sleep(0.01)
        saved.append(url)


def mirror(urls):
    while not urls.empty():
        try:
            url = urls.get_nowait()
        except Empty:
            break
        print("mirrored", url)


todo = Queue()
for n in range(20):
    todo.put(f"https://example.com/{n}.png")
workers = [threading.Thread(target=download, args=(todo,)) for _ in range(4)]
workers += [threading.Thread(target=mirror, args=(todo,)) for _ in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
