"""A mailbox copier hands each message to a thread pool the project writes for itself (`from workers import ThreadPool`, `add_task(fn, *args)`), and each task counts what it copied (positive: the tasks run on the pool's threads, several at once, and both counts lose updates)."""
from workers import ThreadPool


class MailboxCopier:
    def __init__(self, source, target, threads=8):
        self.source = source
        self.target = target
        self.pool = ThreadPool(threads)
        self.copied = 0
        self.failed = 0

    def copy_all(self):
        for message in self.source.messages():
            self.pool.add_task(self.copy_one, message)
        self.pool.wait_completion()
        return self.copied, self.failed

    def copy_one(self, message):
        try:
            self.target.append(message)
            self.copied = self.copied + 1  # expect: GIL001
        except OSError:
            self.failed += 1  # expect: GIL001
