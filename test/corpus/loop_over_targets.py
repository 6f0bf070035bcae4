"""Targets picked from a tuple in a loop (positive for both)."""
import threading

balance = 0


def deposit():
    global balance
    for _ in range(1000):
        balance += 1  # expect: GIL001


def withdraw():
    global balance
    for _ in range(1000):
        balance -= 1  # expect: GIL001


def main():
    threads = []
    for fn in (deposit, withdraw):
        t = threading.Thread(target=fn)
        threads.append(t)
        t.start()
    for t in threads:
        t.join()
    return balance
