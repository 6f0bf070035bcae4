"""Workers take orders from a queue and call a method of each one; that method adds to a module-level total under the lock every cashier shares (negative)."""
import queue
import threading

revenue = 0
revenue_lock = threading.Lock()


class Order:
    def __init__(self, price):
        self.price = price

    def settle(self):
        global revenue
        with revenue_lock:
            revenue += self.price


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
