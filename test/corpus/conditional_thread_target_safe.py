"""Each thread runs one of two functions, picked by a conditional expression; both take the lock (negative)."""
import threading

seats_left = 40
seats_lock = threading.Lock()


def book():
    global seats_left
    with seats_lock:
        seats_left -= 1


def cancel():
    global seats_left
    with seats_lock:
        seats_left += 1


for r in ["book", "cancel", "book"]:
    threading.Thread(target=(book if r == "book" else cancel)).start()
