"""Each Thread subclass instance fills its own row of a shared matrix (negative: one row per thread)."""
import threading

size = 3
a = [[1] * size for _ in range(size)]
product = [[0] * size for _ in range(size)]


class RowWorker(threading.Thread):
    def __init__(self, row):
        super().__init__()
        self.row = row

    def run(self):
        for j in range(size):
            for k in range(size):
                product[self.row][j] += a[self.row][k] * a[k][j]


workers = [RowWorker(i) for i in range(size)]
for w in workers:
    w.start()
for w in workers:
    w.join()
