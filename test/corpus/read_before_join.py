"""The code that starts the threads reads what they change right away, with no join() in between:
the threads may still be running, so it prints a value partway through (positive, three times: a global
the target declares, after a loop of starts and after one; an attribute of the object whose method the
threads run)."""
import threading

counter = 0


def count_up(n):
    global counter
    for _ in range(n):
        counter += 1  # expect: GIL001


class TicketOffice:
    def __init__(self, stock):
        self.stock = stock
        self.lock = threading.Lock()

    def sell(self, n):
        with self.lock:
            if self.stock >= n:
                self.stock -= n


def background_total():
    worker = threading.Thread(target=count_up, args=(10,))
    worker.start()
    return counter  # expect: GIL006


if __name__ == "__main__":
    for _ in range(4):
        threading.Thread(target=count_up, args=(100_000,)).start()
    print("total:", counter)  # expect: GIL006

    office = TicketOffice(50)
    for n in range(1, 10):
        t = threading.Thread(target=office.sell, args=(n,))
        t.start()
    print("left:", office.stock)  # expect: GIL006
