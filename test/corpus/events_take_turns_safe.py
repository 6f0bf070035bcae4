"""Two threads that take turns by two Events: each adds only after the other's signal and before its own (negative)."""
import threading


class Relay:
    def __init__(self, laps):
        self.laps = laps
        self.baton = 0
        self.red_done = threading.Event()
        self.blue_done = threading.Event()

    def red(self):
        for _ in range(self.laps):
            self.baton += 1
            self.red_done.set()
            self.blue_done.wait()
            self.blue_done.clear()

    def blue(self):
        for _ in range(self.laps):
            self.red_done.wait()
            self.red_done.clear()
            self.baton += 1
            self.blue_done.set()

    def run(self):
        runners = [threading.Thread(target=self.red), threading.Thread(target=self.blue)]
        for r in runners:
            r.start()
        for r in runners:
            r.join()
        return self.baton


print(Relay(1000).run())
