"""Each thread runs one of two functions, picked by a conditional expression: both run in threads (positive: GIL001 twice)."""
import threading

seats_left = 40


def book():
    global seats_left
    seats_left -= 1  # expect: GIL001


def cancel():
    global seats_left
    seats_left += 1  # expect: GIL001


requests = ["book", "book", "cancel", "book"]
workers = [threading.Thread(target=book if r == "book" else cancel) for r in requests]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(seats_left)
