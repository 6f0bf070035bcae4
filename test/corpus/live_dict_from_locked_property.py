"""A property that takes the lock and still hands out the live dict its listener thread fills (positive)."""
import threading
import time


class BadgeReader:
    def __init__(self):
        self._lock = threading.Lock()
        self._seen = {}
        self._listener = threading.Thread(target=self._listen, daemon=True)
        self._listener.start()

    @property
    def seen(self):
        with self._lock:
            return self._seen  # expect: GIL004

    @seen.setter
    def seen(self, badge):
        with self._lock:
            self._seen[badge] = time.monotonic()

    def _listen(self):
        badge = 0
        while True:
            badge += 1
            self.seen = f"badge-{badge}"
            time.sleep(0.001)


if __name__ == "__main__":
    reader = BadgeReader()
    for _ in range(50):
        for name, when in reader.seen.items():
            print(name, when)
        time.sleep(0.01)
