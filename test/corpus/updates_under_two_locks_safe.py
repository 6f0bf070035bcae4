"""Updates under one lock, two locks only for two states, and two objects each handed to one worker (negative)."""
import threading

till_lock = threading.Lock()
log_lock = threading.Lock()
lines_logged = 0


class Till:
    def __init__(self):
        self.cash = 0

    def pay_in(self, amount):
        with till_lock:
            self.cash += amount

    def pay_out(self, amount):
        with till_lock:
            self.cash -= amount


def cashier(till):
    global lines_logged
    for _ in range(1000):
        till.pay_in(5)
        with log_lock:
            lines_logged += 1


def refunds(till):
    global lines_logged
    for _ in range(1000):
        till.pay_out(5)
        with log_lock:
            lines_logged += 1


def solo(own):
    for _ in range(10):
        own.cash += 1


if __name__ == "__main__":
    shared = Till()
    threading.Thread(target=cashier, args=(shared,)).start()
    threading.Thread(target=refunds, args=(shared,)).start()
    threading.Thread(target=solo, args=(Till(),)).start()
