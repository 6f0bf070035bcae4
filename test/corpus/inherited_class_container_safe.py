"""Thread subclasses built on a mixin whose class body makes a list, but each object makes its own in __init__, or takes the mixin's lock (negative: no findings)."""
import threading


class Shelf:
    books = []
    lock = threading.Lock()
    shared = ["x", "y"]


class Reader(threading.Thread, Shelf):
    def __init__(self):
        super().__init__()
        self.books = ["a", "b"]

    def run(self):
        for book in self.books:
            print(book)
        self.books.pop(0)


class Borrower(threading.Thread, Shelf):
    def run(self):
        with self.lock:
            for item in self.shared:
                print(item)
            self.shared.pop()


workers = [Reader() for _ in range(3)] + [Borrower() for _ in range(2)]
for w in workers:
    w.start()
