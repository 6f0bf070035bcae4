"""A class that takes its lock around some state: an item stored from another item's value, a field only read once under the lock, and values of the keys its dict was made with, replaced while a loop runs under the lock (negative: no findings)."""
import threading


class Gallery:
    def __init__(self, url, limits):
        self.url = url
        self.meta = {}
        self.done = set()
        self.slots = {"ui": limits[0], "games": limits[1]}
        self._lock = threading.Lock()

    def retarget(self, mirror):
        parts = self.url.split("/", 3)
        if len(parts) < 4:
            return False
        self.url = "https://%s/%s" % (mirror, parts[3])
        return True

    def update_meta(self, meta, prefer_native):
        self.meta.update(meta)
        if prefer_native:
            self.meta["title"] = self.meta["native_name"]
        else:
            self.meta["title"] = self.meta["english_name"]

    def finish(self, page):
        with self._lock:
            self.done.add(page)
            self.meta["finished"] = len(self.done)

    def describe(self):
        with self._lock:
            return "%s: %d pages" % (self.url, len(self.done))

    def resize_games(self, n):
        self.slots["games"] = n

    def stop_all(self):
        with self._lock:
            for name in self.slots:
                print("stopping", name)
