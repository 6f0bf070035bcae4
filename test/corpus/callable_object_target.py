"""One callable object (a class with __call__) handed to several threads as their target: its counter is shared (positive: GIL001 once)."""
import threading


class Progress:
    def __init__(self, total):
        self.total = total
        self.seen = 0

    def __call__(self, chunk):
        self.seen += chunk  # expect: GIL001
        print(f"{self.seen}/{self.total}")


progress = Progress(total=400)
uploads = [threading.Thread(target=progress, args=(100,)) for _ in range(4)]
for u in uploads:
    u.start()
