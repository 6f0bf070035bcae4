"""A thread that raises its own run flag when it starts, while stop() lowers it from another thread: a stop made before the thread gets there is lost (positive: GIL006 three times)."""
import threading
import time


class Poller(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.running = False

    def stop(self):
        self.running = False

    def run(self):
        time.sleep(0.01)
        self.running = True  # expect: GIL006
        while self.running:
            time.sleep(0.1)


class Tail:
    def __init__(self, path):
        self.path = path
        self.stopped = True
        self.worker = None

    def start(self):
        self.worker = threading.Thread(target=self._follow, daemon=True)
        self.worker.start()

    def _follow(self):
        handle = open(self.path)
        self.stopped = False  # expect: GIL006
        while not self.stopped:
            print(handle.readline())

    def close(self):
        self.stopped = True


class Beacon:
    def __init__(self):
        self.alive = 0

    def begin(self):
        threading.Thread(target=self.beat).start()

    def beat(self):
        self.alive = 1  # expect: GIL006
        while self.alive:
            time.sleep(1)

    def end(self):
        self.alive = 0


poller = Poller()
poller.start()
poller.stop()
tail = Tail("/dev/null")
tail.start()
tail.close()
beacon = Beacon()
beacon.begin()
beacon.end()
