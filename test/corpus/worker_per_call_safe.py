"""One thread per object: a method that starts the object's own thread, called once on each of several objects, or a start() of a locked class (negative)."""
import threading
import time


class Sensor:
    def __init__(self, name):
        self.name = name
        self.samples = 0

    def watch(self):
        threading.Thread(target=self._sample, daemon=True).start()

    def _sample(self):
        for _ in range(100):
            self.samples += 1
            time.sleep(0.01)


class Heartbeat:
    def __init__(self):
        self._lock = threading.Lock()
        self.beats = 0
        self.last_seen = {}

    def start(self, interval):
        threading.Thread(target=self._beat, args=(interval,), daemon=True).start()

    def _beat(self, interval):
        while True:
            self.beats += 1
            time.sleep(interval)

    def seen(self, peer):
        with self._lock:
            self.last_seen[peer] = time.time()


sensors = [Sensor(n) for n in ("north", "south")]
for sensor in sensors:
    sensor.watch()
Heartbeat().start(1.0)
