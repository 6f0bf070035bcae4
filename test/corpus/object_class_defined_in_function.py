"""A class defined inside the demo function; its one instance is reached from the workers' closure (positive: shape 1)."""
import threading
import time


def show_lost_updates(rounds=50):
    class Gauge:
        def __init__(self):
            self.level = 0

        def raise_level(self):
            before = self.level
            time.sleep(0)
            self.level = before + 1  # expect: GIL001

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


if __name__ == "__main__":
    print(show_lost_updates())
