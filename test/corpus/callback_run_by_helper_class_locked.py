"""The same heartbeat helper, handed a function that counts under a lock, and a second helper whose thread never calls what it is handed (the caller runs it on its own thread) (negative)."""
import threading
import time

beats = 0
misses = 0
beats_lock = threading.Lock()


def record_beat():
    global beats
    with beats_lock:
        beats += 1


def record_miss():
    global misses
    misses += 1


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


class Reporter:
    def __init__(self, on_report):
        self.on_report = on_report
        self._thread = threading.Thread(target=self._wait, daemon=True)
        self._thread.start()

    def _wait(self):
        time.sleep(0.001)

    def report(self):
        self.on_report()


fast = Heartbeat(0.001, record_beat)
slow = Heartbeat(0.002, record_beat)
fast.start()
slow.start()
reporter = Reporter(record_miss)
reporter.report()
time.sleep(0.05)
fast.stop()
slow.stop()
print(beats, "beats", misses, "misses")
