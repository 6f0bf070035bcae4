"""An object starts several threads on its own method in a loop; they all update the same object (positive)."""
import threading


class Indexer:
    def __init__(self, docs):
        self.docs = docs
        self.indexed = 0

    def _work(self, chunk):
        for _ in chunk:
            self.indexed += 1  # expect: GIL001

    def run(self, workers=4):
        size = len(self.docs) // workers
        threads = []
        for i in range(workers):
            t = threading.Thread(target=self._work, args=(self.docs[i * size:(i + 1) * size],))
            threads.append(t)
            t.start()
        for t in threads:
            t.join()
        return self.indexed
