"""The thread function only changes its own locals (negative)."""
import threading

results = [None] * 4


def partial_sum(index, numbers):
    total = 0
    count = 0
    for n in numbers:
        total += n
        count += 1
    results[index] = (total, count)


def main():
    chunks = [range(i * 1000, (i + 1) * 1000) for i in range(4)]
    threads = [threading.Thread(target=partial_sum, args=(i, c)) for i, c in enumerate(chunks)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results
