"""One thread fills a buffer with check-then-act; other code only reads it, or changes it before the thread starts (negative)."""
import threading
import time


class Collector:
    def __init__(self):
        self.seen = {}

    def run(self):
        self.seen.clear()
        self.seen["boot"] = [0]
        worker = threading.Thread(target=self.collect)
        worker.start()
        time.sleep(0.01)
        print(len(self.seen))
        worker.join()

    def collect(self):
        for n in range(50):
            key = f"k{n % 4}"
            if key not in self.seen:
                self.seen[key] = []
            self.seen[key].append(n)

    def report(self):
        return {k: len(v) for k, v in self.seen.items()}


c = Collector()
c.run()
print(c.report())
