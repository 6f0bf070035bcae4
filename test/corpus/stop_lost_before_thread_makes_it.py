"""A feed thread makes its poller in run() and runs it; stop() stops the poller only if it is there yet (positive)."""
import threading
import time


class Poller:
    def __init__(self, url):
        self.url = url
        self.active = True

    def start(self):
        while self.active:
            time.sleep(0.01)

    def halt(self):
        self.active = False


class FeedThread(threading.Thread):
    def __init__(self, url):
        super().__init__(daemon=True)
        self.url = url
        self.poller = None

    def run(self):
        time.sleep(0.05)  # connecting
        self.poller = Poller(self.url)
        self.poller.start()

    def stop(self):
        if self.poller is not None:  # expect: GIL006
            self.poller.halt()


if __name__ == "__main__":
    feed = FeedThread("https://example.invalid/feed")
    feed.start()
    feed.stop()
    feed.join(timeout=0.5)
    print("still running:", feed.is_alive())
