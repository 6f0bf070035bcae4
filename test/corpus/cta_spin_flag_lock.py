"""A home-made lock: wait in a loop until a flag is free, then set it. Two threads can both see it free (positive: GIL004 twice)."""
import threading
import time

in_use = False
ledger = []


def write_entry(text):
    global in_use
    while in_use:  # expect: GIL004
        time.sleep(0.001)
    in_use = True
    ledger.append(text)
    in_use = False


class Turnstile:
    occupied = False

    def __enter__(self):
        while Turnstile.occupied:  # expect: GIL004
            pass
        Turnstile.occupied = True
        return self

    def __exit__(self, *exc):
        Turnstile.occupied = False


def pass_through(n):
    with Turnstile():
        print("through", n)


people = [threading.Thread(target=write_entry, args=(f"entry {n}",)) for n in range(6)]
people += [threading.Thread(target=pass_through, args=(n,)) for n in range(6)]
for p in people:
    p.start()
for p in people:
    p.join()
