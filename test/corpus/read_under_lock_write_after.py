"""The balance is read under the lock but written back after releasing it (positive)."""
import threading

balance = 100
balance_lock = threading.Lock()


def withdraw(amount):
    global balance
    with balance_lock:
        current = balance
    if current >= amount:
        balance = current - amount  # expect: GIL001
        return True
    return False


def main():
    threads = [threading.Thread(target=withdraw, args=(10,)) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(balance)
