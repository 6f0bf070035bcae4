"""A value read just before the lock that changes it: two threads can take the same one (positive)."""
import threading


class Rotation:
    """Hands out mirrors in turn."""

    def __init__(self, mirrors):
        self.mirrors = mirrors
        self.turn = 0
        self.turn_lock = threading.Lock()

    def pick(self):
        mirror = self.mirrors[self.turn]  # expect: GIL004
        with self.turn_lock:
            self.turn = (self.turn + 1) % len(self.mirrors)
        return mirror


level = 0
level_lock = threading.Lock()


def raise_level():
    global level
    previous = level  # expect: GIL004
    with level_lock:
        level += 1
    return previous


rotation = Rotation(["north", "south", "east"])
pool = [threading.Thread(target=rotation.pick) for _ in range(4)] + [threading.Thread(target=raise_level) for _ in range(4)]
for t in pool:
    t.start()
