"""Pitfall 1: `counter += 1` is a read, an add and a write, and another thread can run in between.

GIL Lab underlines the unlocked writes below. "Race check" runs each function serially and on
several threads and counts how many increments went missing on *your* interpreter.
"""
import threading

ROUNDS = 1_000_000
counter = 0


def one():
    return 1


def increment():
    """The lesson's tight loop."""
    global counter
    for _ in range(ROUNDS):
        counter += 1


def increment_with_call():
    """The same, with a function call between the read of counter and the write back."""
    global counter
    for _ in range(ROUNDS):
        counter += one()


if __name__ == "__main__":
    for target in (increment, increment_with_call):
        counter = 0
        threads = [threading.Thread(target=target) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        print(f"{target.__name__}: expected {4 * ROUNDS:,}, got {counter:,}")
