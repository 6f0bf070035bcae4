"""One method starts two threads on the same method of its own object (positive)."""
import threading


class Scanner:
    def __init__(self):
        self.done = 0

    def _scan(self):
        self.done += 1  # expect: GIL001

    def run_both(self):
        first = threading.Thread(target=self._scan)
        second = threading.Thread(target=self._scan)
        first.start()
        second.start()
        first.join()
        second.join()


Scanner().run_both()
