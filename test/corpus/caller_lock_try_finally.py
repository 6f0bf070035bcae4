"""The caller takes the lock with acquire() and gives it back in finally around the call (negative)."""
from concurrent.futures import ThreadPoolExecutor
import threading

stock = 100
stock_guard = threading.Lock()


def take(n):
    global stock
    stock -= n
    stock += 0


def order(n):
    for _ in range(50):
        stock_guard.acquire()
        try:
            take(n)
        finally:
            stock_guard.release()


with ThreadPoolExecutor(max_workers=3) as pool:
    for n in (1, 2, 3):
        pool.submit(order, n)
