"""A producer announces an item before it stores it: the taker can wake in between (positive: GIL004 three times)."""
import threading
import time

orders = []
orders_waiting = threading.Semaphore(0)


def kitchen(count):
    for n in range(count):
        time.sleep(0.01)
        orders_waiting.release()  # expect: GIL004
        orders.append(f"order {n}")


def waiter(count):
    for _ in range(count):
        orders_waiting.acquire()
        order = orders.pop(0)
        print("serving", order)


latest_reading = None
reading_ready = threading.Event()


def sensor():
    global latest_reading
    for value in (18.5, 19.0, 19.25):
        reading_ready.set()  # expect: GIL004
        latest_reading = value
        time.sleep(0.01)


def display():
    reading_ready.wait()
    print("temperature", latest_reading)


class Mailbox:
    def __init__(self):
        self.letters = []
        self.arrived = threading.BoundedSemaphore(10)
        for _ in range(10):
            self.arrived.acquire()

    def post(self, letter):
        self.arrived.release()  # expect: GIL004
        # the letter goes in afterwards
        self.letters.append(letter)

    def collect(self):
        self.arrived.acquire()
        return self.letters.pop()


box = Mailbox()
threads = [threading.Thread(target=kitchen, args=(5,)), threading.Thread(target=waiter, args=(5,))]
threads += [threading.Thread(target=sensor), threading.Thread(target=display)]
threads += [threading.Thread(target=box.post, args=("hello",)), threading.Thread(target=box.collect)]
for t in threads:
    t.start()
for t in threads:
    t.join()
