"""The same journal, but the give-back method lets the lock go first and only then closes the file: another thread can open a new handle in between, and the test and the close meet its store (positive: GIL004 on the test)."""
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
        self._lock.release()
        if self._handle is not None:  # expect: GIL004
            self._handle.close()
            self._handle = None


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
