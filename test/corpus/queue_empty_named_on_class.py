"""Download workers that drain one queue while it is not empty, taking with get(block=False) and
catching `Queue.Empty` after `from queue import Queue`: the class has no Empty, so when another worker
takes the last item between the test and the take, the except clause itself fails and the worker dies."""
import threading
import time
from queue import Queue

saved = []


def download(urls):
    while not urls.empty():  # expect: GIL004
        try:
            url = urls.get(block=False)
            time.sleep(0.01)
            saved.append(url)
            urls.task_done()
        except Queue.Empty:
            print("nothing left")


todo = Queue()
for n in range(20):
    todo.put(f"https://example.com/{n}.png")
workers = [threading.Thread(target=download, args=(todo,)) for _ in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
