"""Run flags raised before the thread starts, or lowered only by the thread's own code (negative: no findings)."""
import threading
import time


class Poller(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.running = True

    def stop(self):
        self.running = False

    def run(self):
        while self.running:
            time.sleep(0.1)


class Tail:
    def __init__(self, path):
        self.path = path
        self.stopped = True

    def start(self):
        self.stopped = False
        threading.Thread(target=self._follow, daemon=True).start()

    def _follow(self):
        handle = open(self.path)
        while not self.stopped:
            self._read_one(handle)

    def _read_one(self, handle):
        line = handle.readline()
        if not line:
            self._finish()
        print(line)

    def _finish(self):
        self.stopped = True

    def close(self):
        self.stopped = True


class Session:
    """One request per connection, until the handler itself says it was the last."""

    def handle(self):
        self.last = True
        self.serve_one()
        while not self.last:
            self.serve_one()

    def serve_one(self):
        self.parse()

    def parse(self):
        self.last = False


poller = Poller()
poller.start()
poller.stop()
tail = Tail("/dev/null")
tail.start()
tail.close()
threading.Thread(target=Session().handle).start()
