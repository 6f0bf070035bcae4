"""Flags that threads only ever set: a latch set once, and a flag set as all its test does (negative);
a busy flag cleared after the work it keeps to one thread (positive)."""
import threading
import time


class Feed:
    def __init__(self, source):
        self.source = source
        self.exhausted = False
        self.announced = False
        self.syncing = False
        self.worker = threading.Thread(target=self.pump)
        self.worker.start()

    def pump(self):
        while True:
            if self.exhausted:
                break
            item = self.source.read()
            if not item:
                self.exhausted = True

    def close(self):
        self.exhausted = True
        self.worker.join()

    def announce(self):
        if not self.announced:
            self.announced = True

    def sync(self):
        if self.syncing:  # expect: GIL004
            return
        self.syncing = True
        time.sleep(0.5)
        self.syncing = False


if __name__ == "__main__":
    feed = Feed(open("/etc/hostname"))
    for _ in range(3):
        threading.Thread(target=feed.announce).start()
        threading.Thread(target=feed.sync).start()
    feed.close()
