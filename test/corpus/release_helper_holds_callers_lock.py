"""A shared journal: callers take it with `open_for_append()`, which acquires the object's lock, and give it back with `close_after_append()`, which works on the file before it releases that lock; the file is only touched while the lock is held (negative)."""
import threading


class Journal:
    def __init__(self, path):
        self.path = path
        self._handle = None
        self._lock = threading.Lock()

    def open_for_append(self):
        self._lock.acquire()
        self._handle = open(self.path, "a")

    def append(self, line):
        self._handle.write(line + "\n")

    def release_journal(self):
        if self._handle is not None:
            self._handle.close()
            self._handle = None
        self._lock.release()


def record(journal, n):
    journal.open_for_append()
    try:
        journal.append(f"entry {n}")
    finally:
        journal.release_journal()


journal = Journal("journal.txt")
writers = [threading.Thread(target=record, args=(journal, n)) for n in range(5)]
for w in writers:
    w.start()
for w in writers:
    w.join()
