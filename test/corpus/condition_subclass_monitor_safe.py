"""A ferry that is its own monitor: the class is built on threading.Condition, so `with self:` takes
the ferry's lock. Loading and unloading cars change the deck count only inside it, and the captain
waits on the same Condition for a full deck. Every change holds the one lock."""
import threading


class Ferry(threading.Condition):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
        self.cars = 0

    def board(self):
        with self:
            while self.cars >= self.capacity:
                self.wait()
            self.cars += 1
            self.notify_all()

    def leave(self):
        with self:
            self.cars -= 1
            self.notify_all()

    def wait_until_full(self):
        with self:
            self.wait_for(lambda: self.cars == self.capacity)


def drive(ferry):
    ferry.board()


ferry = Ferry(capacity=4)
drivers = [threading.Thread(target=drive, args=(ferry,)) for _ in range(4)]
for d in drivers:
    d.start()
ferry.wait_until_full()
for d in drivers:
    d.join()
print("sailing with", ferry.cars, "cars")
