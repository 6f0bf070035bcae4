"""Two different functions, each on one thread, update one global (positive: shape 4 limit)."""
import threading

balance = 0


def credit():
    global balance
    balance += 10  # expect: GIL001


def debit():
    global balance
    balance -= 10  # expect: GIL001


threading.Thread(target=credit).start()
threading.Thread(target=debit).start()
