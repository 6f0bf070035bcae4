"""The same copier counting under a lock, and a connection pool handed work by a method of the same name (negative: a lock over the counts, and a ConnectionPool is not a pool of threads)."""
import threading

from storage import ConnectionPool
from workers import ThreadPool


class MailboxCopier:
    def __init__(self, source, target, threads=8):
        self.source = source
        self.target = target
        self.pool = ThreadPool(threads)
        self.connections = ConnectionPool(4)
        self.counts_lock = threading.Lock()
        self.copied = 0
        self.failed = 0
        self.queued = 0

    def copy_all(self):
        for message in self.source.messages():
            self.pool.add_task(self.copy_one, message)
        self.pool.wait_completion()
        return self.copied, self.failed

    def queue_all(self):
        for message in self.source.messages():
            self.connections.add_task(self.count_queued, message)

    def count_queued(self, message):
        self.queued += 1

    def copy_one(self, message):
        try:
            self.target.append(message)
            with self.counts_lock:
                self.copied = self.copied + 1
        except OSError:
            with self.counts_lock:
                self.failed += 1
