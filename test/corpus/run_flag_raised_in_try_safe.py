"""Run flags the thread raises before it tells a waiting start() it is ready, or raised by the code that starts the thread (negative: no findings)."""
import threading
import time


class Pump(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.active = False
        self._ready = threading.Event()

    def start(self):
        super().start()
        self._ready.wait()

    def run(self):
        self.active = True
        self._ready.set()
        try:
            while self.active:
                time.sleep(0.1)
        finally:
            print("pump stopped")

    def stop(self):
        self.active = False
        self.join()


class Watcher:
    def __init__(self):
        self.watching = False

    def begin(self):
        self.watching = True
        threading.Thread(target=self.watch).start()

    def watch(self):
        try:
            while self.watching:
                time.sleep(0.5)
        except OSError:
            self.watching = False

    def end(self):
        self.watching = False


pump = Pump()
pump.start()
pump.stop()
watcher = Watcher()
watcher.begin()
watcher.end()
