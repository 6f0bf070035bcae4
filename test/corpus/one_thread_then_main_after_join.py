"""Negative: one thread counts into a global, and the main program adds its own share only after
join(): the two never run at the same time, whatever the interpreter."""
import threading

processed = 0


def drain(items):
    global processed
    for _ in items:
        processed += 1


worker = threading.Thread(target=drain, args=(range(1000),))
worker.start()
worker.join()
processed += 1
print(processed)
