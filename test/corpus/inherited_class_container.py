"""Thread subclasses that inherit a list made in a mixin's class body: one list for every thread (positive: GIL004 twice, GIL001 once)."""
import threading


class Shelf:
    books = ["a", "b", "c", "d"]
    loans = {"count": 0}


class Reader(threading.Thread, Shelf):
    def run(self):
        for book in self.books:  # expect: GIL004
            print(book)
        self.loans["count"] += 1  # expect: GIL001


class Remover(threading.Thread, Shelf):
    def run(self):
        if self.books:  # expect: GIL004
            self.books.pop(0)


readers = [Reader() for _ in range(3)] + [Remover() for _ in range(2)]
for r in readers:
    r.start()
for r in readers:
    r.join()
