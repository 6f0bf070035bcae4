"""Objects made under `if __name__ == "__main__":` are module globals the thread code reaches; a new lock around a call guards nothing; a blocking get() in try/except Empty still waits for ever (positive: GIL004 twice, GIL002 once)."""
import queue
import threading
from concurrent.futures import ThreadPoolExecutor


class Hotel:
    def __init__(self):
        self.free_rooms = [101, 102, 103]

    def check_in(self):
        if self.free_rooms:  # expect: GIL004
            return self.free_rooms.pop(0)
        return None


def guest():
    with threading.Lock():  # expect: GIL002
        hotel.check_in()


def porter():
    while not bags.empty():  # expect: GIL004
        try:
            bag = bags.get()
        except queue.Empty:
            break
        print("carrying", bag)


if __name__ == "__main__":
    hotel = Hotel()
    bags = queue.Queue()
    for n in range(6):
        bags.put(n)
    with ThreadPoolExecutor(max_workers=4) as pool:
        for _ in range(6):
            pool.submit(guest)
            pool.submit(porter)
