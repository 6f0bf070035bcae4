"""The value is read under the lock that changes it, or what is read first is other state or only printed (negative)."""
import threading


class Rotation:
    def __init__(self, mirrors):
        self.mirrors = mirrors
        self.turn = 0
        self.served = 0
        self.turn_lock = threading.Lock()

    def pick(self):
        with self.turn_lock:
            mirror = self.mirrors[self.turn]
            self.turn = (self.turn + 1) % len(self.mirrors)
        return mirror

    def pick_and_count(self):
        name = self.mirrors[0]
        with self.turn_lock:
            self.served += 1
        return name

    def pick_noisily(self):
        shown = self.served
        print("served so far", shown)
        with self.turn_lock:
            self.served += 1


rotation = Rotation(["north", "south"])
for _ in range(4):
    for target in (rotation.pick, rotation.pick_and_count, rotation.pick_noisily):
        threading.Thread(target=target).start()
