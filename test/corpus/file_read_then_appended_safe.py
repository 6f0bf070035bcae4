"""Reading a file and appending to it from threads, safely: one lock from the read to the append; a
log file per thread; an append of a line that does not depend on what was read is left to its own
check (negative)."""
import threading

TICKETS = "tickets.log"
ticket_lock = threading.Lock()


def next_ticket():
    with ticket_lock:
        with open(TICKETS) as log:
            last = int(log.read().split()[-1])
        with open(TICKETS, "a") as log:
            log.write(f"\n{last + 1}")
        return last + 1


def own_log(worker_id, lines):
    path = f"worker-{worker_id}.log"
    for line in lines:
        with open(path) as log:
            count = len(log.readlines())
        with open(path, "a") as log:
            log.write(f"{count}: {line}\n")


def desk(worker_id, customers):
    for _ in range(customers):
        next_ticket()
    own_log(worker_id, ["open", "close"])


if __name__ == "__main__":
    desks = [threading.Thread(target=desk, args=(i, 50)) for i in range(3)]
    for d in desks:
        d.start()
    for d in desks:
        d.join()
