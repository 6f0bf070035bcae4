"""Spooler workers test that jobs are left and then call a method that pops one: two can see the last job (positive)."""
import threading
import time


class PrintSpooler:
    def __init__(self, jobs, printers=3):
        self.pending = list(jobs)
        self.lock = threading.Lock()
        self.printed = []
        self.printers = [threading.Thread(target=self._work) for _ in range(printers)]

    def start(self):
        for printer in self.printers:
            printer.start()
        for printer in self.printers:
            printer.join()

    def _print_next(self):
        with self.lock:
            job = self.pending.pop(0)
        time.sleep(0.001)
        self.printed.append(job)

    def _work(self):
        while len(self.pending) > 0:  # expect: GIL004
            time.sleep(0.001)
            self._print_next()


if __name__ == "__main__":
    spooler = PrintSpooler([f"page {n}" for n in range(40)])
    spooler.start()
    print(len(spooler.printed), "pages printed")
