"""A session makes a queue for one consumer thread; the others only put into it, so the consumer's empty() then get() cannot find the last item gone (negative: no findings)."""
import queue
import threading


def matcher(book, cancels, stop):
    while not stop.is_set():
        while cancels.empty() is False:
            book.discard(cancels.get())


def trader(cancels, name):
    cancels.put(name)


def session(names):
    book = set(names)
    cancels = queue.Queue()
    stop = threading.Event()
    engine = threading.Thread(target=matcher, args=(book, cancels, stop))
    traders = [threading.Thread(target=trader, args=(cancels, n)) for n in names]
    engine.start()
    for t in traders:
        t.start()
    for t in traders:
        t.join()
    stop.set()
    engine.join()


for day in range(3):
    session(["ann", "bo", "cy"])
