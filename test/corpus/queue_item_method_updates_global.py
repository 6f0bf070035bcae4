"""Workers take orders from a queue and call a method of each one; that method adds to a module-level total with no lock (positive: GIL001 once)."""
import queue
import threading

revenue = 0


class Order:
    def __init__(self, price):
        self.price = price

    def settle(self):
        global revenue
        revenue += self.price  # expect: GIL001


class Cashier(threading.Thread):
    def __init__(self, orders):
        super().__init__(daemon=True)
        self.orders = orders

    def run(self):
        while True:
            order = self.orders.get()
            order.settle()
            self.orders.task_done()


orders = queue.Queue()
for _ in range(3):
    Cashier(orders).start()
for n in range(100):
    orders.put(Order(n % 7))
orders.join()
print(revenue)
