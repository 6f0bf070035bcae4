"""The same inventory, with one lock over every change through a category alias (negative)."""
import threading

stock = {"fruit": {"apple": 50}}
stock_lock = threading.Lock()


def sell(category, item, n):
    with stock_lock:
        shelf = stock[category]
        if shelf[item] >= n:
            shelf[item] -= n


cashiers = [threading.Thread(target=sell, args=("fruit", "apple", 1)) for _ in range(3)]
for c in cashiers:
    c.start()
for c in cashiers:
    c.join()
