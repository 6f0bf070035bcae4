"""Spooler workers call a method that tests and pops under one lock and says when none is left (negative)."""
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
            if not self.pending:
                return False
            job = self.pending.pop(0)
        time.sleep(0.001)
        self.printed.append(job)
        return True

    def _work(self):
        while len(self.pending) > 0:
            time.sleep(0.001)
            if not self._print_next():
                break


if __name__ == "__main__":
    spooler = PrintSpooler([f"page {n}" for n in range(40)])
    spooler.start()
    print(len(spooler.printed), "pages printed")
