"""A cook: a thread that asks the kitchen that made it for the next order and tells it when a meal is done."""
import threading
import time


class Cook(threading.Thread):
    def __init__(self, name, kitchen):
        super().__init__(name=name)
        self.kitchen = kitchen

    def run(self):
        while True:
            order = self.kitchen.next_order()
            if order is None:
                return
            time.sleep(0.001 * len(order))
            self.kitchen.meal_done(order)
