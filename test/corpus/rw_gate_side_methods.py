"""A readers-writer gate written by hand: `gate.write_lock()` takes the writers' lock and `gate.write_unlock()` lets it
go, so an update between the two is exclusive (negative), while the tally kept after `write_unlock()` is not (positive:
GIL001 once)."""
import threading


class ReadWriteGate:
    def __init__(self):
        self._writers = threading.Lock()
        self._count_guard = threading.Lock()
        self._readers = 0

    def read_lock(self):
        with self._count_guard:
            self._readers += 1
            if self._readers == 1:
                self._writers.acquire()

    def read_unlock(self):
        with self._count_guard:
            self._readers -= 1
            if self._readers == 0:
                self._writers.release()

    def write_lock(self):
        self._writers.acquire()

    def write_unlock(self):
        self._writers.release()


shelf = {"atlas": 3}
loans = 0


def librarian(gate, title, rounds):
    global loans
    for i in range(rounds):
        if i % 4:
            gate.read_lock()
            on_shelf = shelf.get(title, 0)
            gate.read_unlock()
            print(title, on_shelf)
        else:
            gate.write_lock()
            shelf[title] = shelf.get(title, 0) - 1
            gate.write_unlock()
            loans += 1  # expect: GIL001


def main():
    gate = ReadWriteGate()
    desks = [threading.Thread(target=librarian, args=(gate, "atlas", 40)) for _ in range(3)]
    for d in desks:
        d.start()
    for d in desks:
        d.join()
    print(shelf, loans)


if __name__ == "__main__":
    main()
