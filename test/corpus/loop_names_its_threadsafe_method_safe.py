"""A small event loop, run by one thread (its user's), whose only method for other threads is
`call_soon_threadsafe()`: that one takes the loop's lock to add a callback and wake the loop. The
others (`add_reader()`, `remove_reader()`) are the loop thread's, as the name of the one safe method
says, so their unlocked changes to the reader table race with nothing (negative)."""
import collections
import os
import select
import threading


class TinyLoop:
    def __init__(self):
        self._pending_lock = threading.Lock()
        self._pending = collections.deque()
        self._readers = {}
        self._wake_r, self._wake_w = os.pipe()
        self.add_reader(self._wake_r, self._drain_wake)

    def add_reader(self, fd, callback):
        if fd not in self._readers:
            self._readers[fd] = callback

    def remove_reader(self, fd):
        if fd in self._readers:
            del self._readers[fd]

    def call_soon_threadsafe(self, callback):
        with self._pending_lock:
            self._pending.append(callback)
        os.write(self._wake_w, b"x")

    def _drain_wake(self):
        os.read(self._wake_r, 512)

    def run_once(self, timeout=1.0):
        ready, _, _ = select.select(list(self._readers), [], [], timeout)
        for fd in ready:
            self._readers[fd]()
        with self._pending_lock:
            todo, self._pending = self._pending, collections.deque()
        for callback in todo:
            callback()
