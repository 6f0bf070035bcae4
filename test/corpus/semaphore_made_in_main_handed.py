"""Test runners handed one Semaphore(8) that main() makes for them, taking it around the shared count
of tests left: eight threads hold it at once, so it excludes nothing (positive: GIL003 and GIL001).
Runners of the same kind handed a Lock that main() makes exclude each other (negative)."""
import threading

tests_left = 500
reports_left = 500


class Runner(threading.Thread):
    def __init__(self, sem):
        super().__init__()
        self.sem = sem

    def run(self):
        global tests_left
        self.sem.acquire()  # expect: GIL003
        if tests_left > 0:
            tests_left -= 1  # expect: GIL001
        self.sem.release()


class Reporter(threading.Thread):
    def __init__(self, report_lock):
        super().__init__()
        self.report_lock = report_lock

    def run(self):
        global reports_left
        with self.report_lock:
            reports_left -= 1


def main():
    sem = threading.Semaphore(8)
    report_lock = threading.Lock()
    workers = [Runner(sem) for _ in range(64)] + [Reporter(report_lock) for _ in range(64)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


if __name__ == "__main__":
    main()
