"""A consumer thread whose loop ends when the queue is empty, beside the thread that fills it (positive: GIL006 twice)."""
import queue
import threading
import time

orders = queue.Queue()


def cook():
    while not orders.empty():  # expect: GIL006
        dish = orders.get()
        print("cooking", dish)


def take_orders(n):
    for i in range(n):
        orders.put(f"dish {i}")
        time.sleep(0.01)


threading.Thread(target=cook).start()
threading.Thread(target=take_orders, args=(5,)).start()


class Mailroom:
    def __init__(self):
        self.bag = queue.Queue()

    def sort_letters(self):
        while not self.bag.empty():  # expect: GIL006
            print("sorted", self.bag.get())

    def deliver(self, letters):
        for letter in letters:
            self.bag.put(letter)
            time.sleep(0.005)

    def run(self):
        carrier = threading.Thread(target=self.deliver, args=(["a", "b", "c"],))
        sorter = threading.Thread(target=self.sort_letters)
        carrier.start()
        sorter.start()
        carrier.join()
        sorter.join()


Mailroom().run()
