"""Ticket sellers that stop when the count reaches zero, tested under the lock the sale takes; a status line compares a number with zero and changes nothing (negative)."""
import threading


class Box:
    def __init__(self, tickets):
        self.tickets = tickets
        self.sold = 0
        self.lock = threading.Lock()

    def sell_all(self):
        while True:
            with self.lock:
                if self.tickets == 0:
                    return
                self.tickets -= 1
                self.sold += 1

    def report(self):
        left = self.tickets
        if left == 0:
            return "sold out"
        return f"{left} left"


box = Box(1000)
sellers = [threading.Thread(target=box.sell_all) for _ in range(3)]
for seller in sellers:
    seller.start()
for seller in sellers:
    seller.join()
print(box.report(), box.sold)
