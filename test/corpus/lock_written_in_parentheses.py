"""Negative: `with(lock):` is `with lock:` written with parentheses; the count is guarded."""
import threading

tally_lock = threading.Lock()
tally = 0


def count_visits(n):
    global tally
    for _ in range(n):
        with(tally_lock):
            tally += 1


for _ in range(4):
    threading.Thread(target=count_visits, args=(1000,)).start()
