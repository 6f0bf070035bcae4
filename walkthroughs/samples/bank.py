"""Best practice 2: guard shared state with a lock.

deposit() changes a module-level balance from several threads without a lock. GIL Lab flags the
write; its quick fix adds a threading.Lock and wraps the update in `with`. Run the race check before
and after the fix.
"""
import threading

DEPOSITS = 200_000
balance = 0


def fee():
    return 0


def deposit():
    global balance
    for _ in range(DEPOSITS):
        balance = balance + 1 - fee()


if __name__ == "__main__":
    threads = [threading.Thread(target=deposit) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"expected {4 * DEPOSITS:,}, balance {balance:,}")
