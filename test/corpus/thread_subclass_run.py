"""threading.Thread subclasses: run() writes a global (positive); own attributes are per instance (negative)."""
import threading

lines_read = 0


class Reader(threading.Thread):
    def __init__(self, path):
        super().__init__()
        self.path = path
        self.count = 0

    def run(self):
        global lines_read
        with open(self.path) as fh:
            for _ in fh:
                self.count += 1
                lines_read += 1  # expect: GIL001


def read_all(paths):
    readers = [Reader(p) for p in paths]
    for r in readers:
        r.start()
    for r in readers:
        r.join()
    return sum(r.count for r in readers), lines_read
