"""The same queue handed to two consumer threads: one can take the last item between the other's empty() and get() (positive: GIL004 once)."""
import queue
import threading


def matcher(book, cancels):
    while not cancels.empty():  # expect: GIL004
        book.discard(cancels.get())


def session(names):
    book = set(names)
    cancels = queue.Queue()
    for n in names:
        cancels.put(n)
    first = threading.Thread(target=matcher, args=(book, cancels))
    second = threading.Thread(target=matcher, args=(book, cancels))
    first.start()
    second.start()


session(["ann", "bo", "cy"])
