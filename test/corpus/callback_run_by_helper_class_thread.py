"""A heartbeat helper (not a Thread subclass) starts its own thread, which calls the function its constructor was handed; two helpers are made with one function that updates a counter (positive: GIL001 on the update)."""
import threading
import time

beats = 0


def record_beat():
    global beats
    beats += 1  # expect: GIL001


class Heartbeat:
    def __init__(self, interval, on_beat):
        self.interval = interval
        self.on_beat = on_beat
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def start(self):
        self._thread.start()

    def stop(self):
        self._stop.set()
        self._thread.join()

    def _loop(self):
        while not self._stop.wait(self.interval):
            self.on_beat()


fast = Heartbeat(0.001, record_beat)
slow = Heartbeat(0.002, record_beat)
fast.start()
slow.start()
time.sleep(0.05)
fast.stop()
slow.stop()
print(beats, "beats")
