"""A tally object's method starts a thread per chunk, waits for them all, then merges what they stored (negative).

The threads store their counts under a lock; the merge loops over the dict with no lock, but only after
the loop that joins every thread the same method started: no thread adds any more by then.
"""
import threading
from collections import Counter


class ChunkTally:
    def __init__(self, chunks):
        self.chunks = chunks
        self.lock = threading.Lock()
        self.partial = {}

    def tally_chunk(self, index, chunk):
        counts = Counter(chunk.split())
        with self.lock:
            self.partial[index] = counts

    def merge(self):
        total = Counter()
        for index, counts in self.partial.items():
            total.update(counts)
        return total

    def run(self):
        workers = []
        for index, chunk in enumerate(self.chunks):
            worker = threading.Thread(target=self.tally_chunk, args=(index, chunk))
            workers.append(worker)
            worker.start()
        for worker in workers:
            worker.join()
        return self.merge()


if __name__ == "__main__":
    tally = ChunkTally(["a b a", "b c", "c c a"])
    print(tally.run().most_common(3))
