"""lst[0] += v on a module-level list (positive) and append (atomic, negative)."""
import threading

running_sum = [0]
log = []


def accumulate(values):
    for v in values:
        running_sum[0] += v  # expect: GIL001
        log.append(v)


def main():
    threads = [threading.Thread(target=accumulate, args=(range(1000),)) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return running_sum[0], len(log)
