"""The same gauge, counting its reads, but dial.py starts a reader for each of its two panels on one
object: two threads add to the count at once and lose updates, whatever the demo block does (positive)."""
import threading
import time


class Gauge:
    def __init__(self):
        self.fields = ["0", "0", "0"]
        self.reads = 0

    def poll(self, every=0.5):
        while True:
            time.sleep(every)
            self.fields = "1:2,3:4,5:6\n".split(",")
            self.reads += 1  # expect: GIL001


if __name__ == "__main__":
    demo = Gauge()
    threading.Thread(target=demo.poll, daemon=True).start()
    time.sleep(2)
    print(demo.fields)
