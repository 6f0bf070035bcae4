"""A stress helper takes the class to test, makes one object of it and hammers its method from several threads; it is called with an unsafe and a safe class (positive in the unsafe one only)."""
import threading


class PlainCounter:
    def __init__(self):
        self.value = 0

    def bump(self):
        self.value += 1  # expect: GIL001


class GuardedCounter:
    def __init__(self):
        self.value = 0
        self._lock = threading.Lock()

    def bump(self):
        with self._lock:
            self.value += 1


def stress(counter_type, threads=4, rounds=10_000):
    counter = counter_type()

    def hammer():
        for _ in range(rounds):
            counter.bump()

    pool = [threading.Thread(target=hammer) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    return counter.value


if __name__ == "__main__":
    print(stress(GuardedCounter), stress(PlainCounter))
