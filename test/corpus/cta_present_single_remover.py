"""A test that an item is there, then its removal, in the one thread that ever removes items: others
only add, so the item cannot go in between (negative); a second remover makes it a race (positive)."""
import threading
import time


class Elevator(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.stops = set()

    def request(self, floor):
        self.stops.add(floor)

    def run(self):
        for floor in range(10):
            if floor in self.stops:
                self.stops.remove(floor)
            time.sleep(0.01)


parked = set()


def park(car):
    parked.add(car)


def leave(car):
    if car in parked:  # expect: GIL004
        parked.remove(car)


def tow(car):
    parked.discard(car)


lift = Elevator()
lift.start()
lift.request(3)
threading.Thread(target=leave, args=("a",)).start()
threading.Thread(target=tow, args=("a",)).start()
threading.Thread(target=park, args=("b",)).start()
