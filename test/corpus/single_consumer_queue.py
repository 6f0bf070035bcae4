"""One consumer thread fed by a queue; the main thread reads the tally after join() (negative: shape 4)."""
import queue
import threading

jobs = queue.Queue()
processed = 0


def consume():
    global processed
    while True:
        item = jobs.get()
        if item is None:
            break
        processed += 1
        jobs.task_done()


consumer = threading.Thread(target=consume, daemon=True)
consumer.start()
for n in range(100):
    jobs.put(n)
jobs.put(None)
consumer.join()
print(processed)
