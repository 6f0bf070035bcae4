"""A ticket office where each clerk sells under the lock and then announces how many are sold, and
a turnstile that counts visitors the old way (acquire, try, finally release) and logs the count.
Both read the count again after the lock is let go, so an announcement can carry another clerk's
number: two clerks announce the same one and some numbers are never announced."""
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
        print(f"{name} sold ticket number {sold}")  # expect: GIL004


class Turnstile:
    def __init__(self):
        self.lock = threading.Lock()
        self.visitors = 0

    def pass_through(self):
        self.lock.acquire()
        try:
            self.visitors += 1
        finally:
            self.lock.release()
        log.info("visitor %d is in", self.visitors)  # expect: GIL004


def main():
    gate = Turnstile()
    clerks = [threading.Thread(target=clerk, args=(f"clerk {i}", 50)) for i in range(4)]
    walkers = [threading.Thread(target=gate.pass_through) for _ in range(20)]
    for t in clerks + walkers:
        t.start()
    for t in clerks + walkers:
        t.join()
    print(sold, gate.visitors)


if __name__ == "__main__":
    main()
