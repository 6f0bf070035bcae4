"""Stock kept per category in a dict of dicts; cashier threads take items through the category, directly and through a loop alias (positive)."""
import threading

stock = {"fruit": {"apple": 50, "pear": 30}, "dairy": {"milk": 20}}
sold = {"fruit": {}, "dairy": {}}


def sell(category, item, n):
    if stock[category][item] >= n:
        stock[category][item] -= n  # expect: GIL001
    for cat, counts in sold.items():
        if cat == category:
            counts[item] = counts.get(item, 0) + n  # expect: GIL001


cashiers = [threading.Thread(target=sell, args=("fruit", "apple", 1)) for _ in range(3)]
for c in cashiers:
    c.start()
for c in cashiers:
    c.join()
