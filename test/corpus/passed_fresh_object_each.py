"""Each thread gets a list made for it (negative: shape 2)."""
import threading


def add(box):
    box[0] += 1


threads = [threading.Thread(target=add, args=([0],)) for _ in range(4)]
for t in threads:
    t.start()
