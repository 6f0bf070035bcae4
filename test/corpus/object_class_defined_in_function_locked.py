"""The closure's object is of the class defined in the function, whose method locks; a module-level class of the same name does not (negative: shape 1)."""
import threading


class Gauge:
    """Used by one thread elsewhere; the workers below never reach it."""

    def __init__(self):
        self.level = 0

    def raise_level(self):
        self.level += 1


def count_together(rounds=50):
    class Gauge:
        def __init__(self):
            self.level = 0
            self.guard = threading.Lock()

        def raise_level(self):
            with self.guard:
                self.level += 1

    gauge = Gauge()

    def worker():
        for _ in range(rounds):
            gauge.raise_level()

    crew = [threading.Thread(target=worker) for _ in range(4)]
    for t in crew:
        t.start()
    for t in crew:
        t.join()
    return gauge.level
