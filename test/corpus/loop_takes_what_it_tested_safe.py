"""Loops that take from a shared count safely: the test made again under the lock before the take;
`while True` with the test and the take in one `with`; a guard clause that leaves, under the lock;
one thread alone looping over its own count; and a bound counted up to, which only says when to
stop (negative)."""
import threading

seats_left = 40
booking = threading.Lock()
sold_total = 0
tally = threading.Lock()


def box_office(window):
    global seats_left
    while seats_left > 0:
        with booking:
            if seats_left > 0:
                seats_left -= 1
                print(f"window {window}: a seat sold, {seats_left} left")


def box_office_checked(window):
    global seats_left
    while True:
        with booking:
            if seats_left <= 0:
                break
            seats_left -= 1


def count_up(step):
    global sold_total
    while sold_total < 100:
        with tally:
            sold_total += step


class Countdown(threading.Thread):
    def __init__(self, ticks):
        super().__init__()
        self.ticks = ticks

    def run(self):
        while self.ticks > 0:
            self.ticks -= 1


if __name__ == "__main__":
    workers = [threading.Thread(target=box_office, args=(n,)) for n in range(3)]
    workers += [threading.Thread(target=box_office_checked, args=(n,)) for n in range(3)]
    workers += [threading.Thread(target=count_up, args=(n,)) for n in (1, 2)]
    workers.append(Countdown(5))
    for t in workers:
        t.start()
    for t in workers:
        t.join()


def box_office_guarded(window):
    global seats_left
    while seats_left > 0:
        with booking:
            if seats_left <= 0:
                break
            seats_left -= 1


def more_windows():
    for n in range(3):
        threading.Thread(target=box_office_guarded, args=(n,)).start()
