"""The same office done right: each clerk keeps the number it sold in a local while the lock is held
and announces that; the turnstile logs inside its lock; and the closing report reads the totals
after every thread is joined."""
import logging
import threading

log = logging.getLogger("turnstile")
sold = 0
sold_lock = threading.Lock()


def clerk(name, customers):
    global sold
    for _ in range(customers):
        with sold_lock:
            sold += 1
            number = sold
        print(f"{name} sold ticket number {number}")


class Turnstile:
    def __init__(self):
        self.lock = threading.Lock()
        self.visitors = 0

    def pass_through(self, who):
        self.lock.acquire()
        try:
            self.visitors += 1
            log.info("visitor %d is in", self.visitors)
        finally:
            self.lock.release()
        print(f"{who} walked through")


def main():
    gate = Turnstile()
    clerks = [threading.Thread(target=clerk, args=(f"clerk {i}", 50)) for i in range(4)]
    walkers = [threading.Thread(target=gate.pass_through, args=(f"walker {i}",)) for i in range(20)]
    for t in clerks + walkers:
        t.start()
    for t in clerks + walkers:
        t.join()
    print(sold, gate.visitors)


if __name__ == "__main__":
    main()
