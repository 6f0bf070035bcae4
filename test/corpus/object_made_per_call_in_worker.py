"""Each run of the worker makes its own object before calling its method, even with a module-level object of the same name (negative)."""
import threading


class Buffer:
    def __init__(self):
        self.size = 0

    def grow(self):
        self.size += 1


buffer = Buffer()


def fill():
    buffer = Buffer()
    for _ in range(100):
        buffer.grow()
    return buffer.size


threads = [threading.Thread(target=fill) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
