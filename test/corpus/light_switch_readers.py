"""Readers that share a library through a light switch and count their visits outside every lock (positive: shape 1)."""
import threading

entry = threading.Semaphore()
shelves_free = threading.Semaphore()


class Library:
    def __init__(self):
        self.inside = 0
        self.visits = 0
        self.books = ["a", "b"]

    def browse(self):
        for _ in range(50):
            entry.acquire()
            self.inside += 1
            if self.inside == 1:
                shelves_free.acquire()
            entry.release()
            self.visits += 1  # expect: GIL001
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
