"""A value holder (a tkinter-style variable, a cache client) read with get() and stored back with set() by several threads (positive: GIL001 three times)."""
import threading


class TextVar:
    """Stands in for tkinter.StringVar: a value behind get() and set()."""

    def __init__(self, value=""):
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value


class Counters:
    def __init__(self):
        self._items = {}

    def get(self, key, default=0):
        return self._items.get(key, default)

    def set(self, key, value):
        self._items[key] = value


transcript = TextVar()
hits = Counters()


def relay(conn):
    line = conn.recv(1024).decode()
    transcript.set(transcript.get() + "\n" + line)  # expect: GIL001
    seen = hits.get("lines", 0)
    hits.set("lines", seen + 1)  # expect: GIL001


class Status:
    def __init__(self):
        self.label = TextVar("0")

    def bump(self):
        self.label.set(str(int(self.label.get()) + 1))  # expect: GIL001


status = Status()
for c in range(4):
    threading.Thread(target=relay, args=(c,)).start()
    threading.Thread(target=status.bump).start()
