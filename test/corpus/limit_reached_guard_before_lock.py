"""Ticket sellers that stop when the count reaches zero, tested before the lock the sale takes: two sellers can pass the test with one ticket left and sell it twice (positive: GIL004 once)."""
import threading


class Box:
    def __init__(self, tickets):
        self.tickets = tickets
        self.sold = 0
        self.lock = threading.Lock()

    def sell_all(self):
        while True:
            if self.tickets == 0:  # expect: GIL004
                return
            with self.lock:
                self.tickets -= 1
                self.sold += 1


box = Box(1000)
sellers = [threading.Thread(target=box.sell_all) for _ in range(3)]
for seller in sellers:
    seller.start()
for seller in sellers:
    seller.join()
print(box.tickets, box.sold)
