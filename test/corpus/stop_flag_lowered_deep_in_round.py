"""Workers guess codes from one queue while `self.searching` holds; the one that finds the code lowers the flag and posts
a stop token for each worker. The flag only ever goes from True to False, deep in a round that tested it long before:
two finders lowering it twice lose nothing (negative: no finding). The count of guesses is shared (positive: GIL001)."""
import queue
import threading

STOP = object()


class CodeSearch:
    def __init__(self, workers, check):
        self.workers = workers
        self.check = check
        self.jobs = queue.Queue()
        self.searching = True
        self.guesses = 0

    def stop_all(self):
        for _ in range(self.workers):
            self.jobs.put(STOP)

    def worker(self):
        while self.searching:
            code = self.jobs.get()
            if code is STOP:
                break
            self.guesses += 1  # expect: GIL001
            answer = None
            while answer is None:
                answer = self.check(code)
                if answer:
                    print("found", code)
                    self.searching = False
                    self.stop_all()

    def run(self, codes):
        for c in codes:
            self.jobs.put(c)
        threads = [threading.Thread(target=self.worker) for _ in range(self.workers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()


if __name__ == "__main__":
    CodeSearch(4, lambda c: c == "0420").run(f"{n:04}" for n in range(10000))
