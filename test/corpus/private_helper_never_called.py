"""One thread counts pages into a global; a private helper that would count them back down is left in the module but never called, and the main program waits before reading (negative). A public helper of the same kind may be called by another module while the thread runs (positive)."""
import threading

pages = 0
words = 0


def _uncount(n):
    global pages
    for _ in range(n):
        pages -= 1


def count(n):
    global pages, words
    for _ in range(n):
        pages += 1
        words += 250  # expect: GIL001


def uncount_words(n):
    global words
    words -= n * 250


reader = threading.Thread(target=count, args=(1000,))
reader.start()
print("counting...")
reader.join()
print(pages, words)
