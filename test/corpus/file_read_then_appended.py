"""A ticket counter kept as lines of a file: each call reads the last number and appends the next one,
from several threads, with no lock from the read to the append: two threads read the same number and
both append its successor (positive)."""
import threading

TICKETS = "tickets.log"


def next_ticket():
    with open(TICKETS) as log:  # expect: GIL001
        last = int(log.read().split()[-1])
    issued = last + 1
    with open(TICKETS, "a") as log:
        log.write(f"\n{issued}")
    return issued


def desk(customers):
    for _ in range(customers):
        next_ticket()


if __name__ == "__main__":
    with open(TICKETS, "w") as log:
        log.write("0")
    desks = [threading.Thread(target=desk, args=(50,)) for _ in range(3)]
    for d in desks:
        d.start()
    for d in desks:
        d.join()
