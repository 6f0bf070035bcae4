"""The same kind of ferry, built on threading.Condition, whose leave() forgets `with self:`: the
boarding threads change the deck count under the ferry's lock, and leave() changes it with no
lock at all, so a boarding and a leaving can each read the old count and one change is lost."""
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
        self.cars -= 1  # expect: GIL001


def trip(ferry):
    ferry.board()
    ferry.leave()


ferry = Ferry(capacity=2)
drivers = [threading.Thread(target=trip, args=(ferry,)) for _ in range(6)]
for d in drivers:
    d.start()
for d in drivers:
    d.join()
print("cars left on deck:", ferry.cars)
