"""Readers behind a light switch that count their visits while they hold the entry lock (negative)."""
import threading

entry = threading.Lock()
shelves_free = threading.Lock()


class Library:
    def __init__(self):
        self.inside = 0
        self.visits = 0
        self.books = ["a", "b"]

    def browse(self):
        for _ in range(50):
            entry.acquire()
            self.inside += 1
            self.visits += 1
            if self.inside == 1:
                shelves_free.acquire()
            entry.release()
            print(len(self.books))
            entry.acquire()
            self.inside -= 1
            if self.inside == 0:
                shelves_free.release()
            entry.release()

    def restock(self):
        shelves_free.acquire()
        self.books.append("c")
        shelves_free.release()


if __name__ == "__main__":
    library = Library()
    readers = [threading.Thread(target=library.browse) for _ in range(4)]
    writer = threading.Thread(target=library.restock)
    for t in readers + [writer]:
        t.start()
    for t in readers + [writer]:
        t.join()
