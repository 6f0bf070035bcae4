"""A closure's nonlocal counter shared by the threads that run it (positive)."""
import threading


def count_matches(lines, needle, n_threads=4):
    matches = 0

    def scan(part):
        nonlocal matches
        for line in part:
            if needle in line:
                matches += 1  # expect: GIL001

    size = max(1, len(lines) // n_threads)
    parts = [lines[i : i + size] for i in range(0, len(lines), size)]
    threads = [threading.Thread(target=scan, args=(p,)) for p in parts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return matches
