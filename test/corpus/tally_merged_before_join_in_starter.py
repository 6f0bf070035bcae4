"""A tally object's method starts a thread per chunk and merges what they stored before it waits for them (positive: GIL004 once)."""
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
        for index, counts in self.partial.items():  # expect: GIL004
            total.update(counts)
        return total

    def run(self):
        workers = []
        for index, chunk in enumerate(self.chunks):
            worker = threading.Thread(target=self.tally_chunk, args=(index, chunk))
            workers.append(worker)
            worker.start()
        early = self.merge()
        for worker in workers:
            worker.join()
        return early


if __name__ == "__main__":
    tally = ChunkTally(["a b a", "b c", "c c a"])
    print(tally.run().most_common(3))
