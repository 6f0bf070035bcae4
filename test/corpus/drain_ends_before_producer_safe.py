"""Consumers that cannot end before their producer is done: a sentinel, a join first, a loop that keeps waiting (negative)."""
import queue
import threading

orders = queue.Queue()
parcels = queue.Queue()
crates = queue.Queue()


def cook():
    while True:
        dish = orders.get()
        if dish is None:
            return
        print("cooking", dish)


def take_orders(n):
    for i in range(n):
        orders.put(f"dish {i}")
    orders.put(None)


def pack():
    while not parcels.empty():
        print("packed", parcels.get())


def label(n):
    for i in range(n):
        parcels.put(i)


def stack():
    while True:
        while not crates.empty():
            print("stacked", crates.get())


def unload(n):
    for i in range(n):
        crates.put(i)


threading.Thread(target=cook).start()
threading.Thread(target=take_orders, args=(5,)).start()

labeller = threading.Thread(target=label, args=(5,))
labeller.start()
labeller.join()
threading.Thread(target=pack).start()

threading.Thread(target=stack, daemon=True).start()
threading.Thread(target=unload, args=(5,)).start()
