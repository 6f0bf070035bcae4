"""functools.partial as a thread target (positive)."""
import functools
import threading

total_weight = 0.0


def add_weight(factor, items):
    global total_weight
    for item in items:
        total_weight = total_weight + item * factor  # expect: GIL001


def main():
    items = [1.5, 2.0, 3.25] * 100
    threads = [
        threading.Thread(target=functools.partial(add_weight, factor, items))
        for factor in (1, 2, 3)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(total_weight)


main()
