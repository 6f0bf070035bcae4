"""A database writer thread that starts itself in `__init__` and then marks itself running: its loop
first waits on `iter(self.jobs.get, None)`, on a queue `__init__` made empty, so nothing it does can
come before `__init__` has ended and a caller has put a job (negative)."""
import queue
import sqlite3
import threading


class DbWriter(threading.Thread):
    def __init__(self, path):
        super().__init__(daemon=True)
        self.path = path
        self.jobs = queue.Queue()
        self.closing = False
        self.start()
        self.running = True

    def run(self):
        conn = sqlite3.connect(self.path)
        for sql, args in iter(self.jobs.get, None):
            conn.execute(sql, args)
            conn.commit()
            if self.closing and self.jobs.empty():
                self.running = False
                conn.close()
                return

    def write(self, sql, args=()):
        self.jobs.put((sql, args))

    def close(self):
        self.closing = True
        self.jobs.put(("SELECT 1", ()))
