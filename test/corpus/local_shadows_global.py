"""Locals that share a name with module globals are private to each call (negative)."""
import threading

counts = {}
total = 0


def work(words):
    counts = {}
    total = 0
    for w in words:
        counts[w] = counts.get(w, 0) + 1
        total += 1
    return counts, total


def main(batches):
    threads = [threading.Thread(target=work, args=(b,)) for b in batches]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
