"""A buffer gone through and then replaced by an empty one while other threads append to it: what
they add in between is dropped (positive); the same under one lock with the appends (negative)."""
import threading

outbox = []
journal = []
journal_lock = threading.Lock()


def post(note):
    outbox.append(note)
    with journal_lock:
        journal.append(note)


def deliver():
    global outbox, journal
    for note in outbox:
        print("sending", note)
    outbox = []  # expect: GIL001
    with journal_lock:
        print("archived", len(journal), list(journal))
        journal = []


for n in range(3):
    threading.Thread(target=post, args=(n,)).start()
    threading.Thread(target=deliver).start()
