"""A sender thread's lock is made in `__init__`, and `close()`, which its users call, takes it too through the flush helper (negative).

The lock is one per object, but two threads take it: the sender's own loop and whoever calls close().
"""
import queue
import threading
import time


class EventSender(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self._flush_lock = threading.Lock()
        self._pending = queue.SimpleQueue()
        self._sent = 0
        self._running = threading.Event()
        self._running.set()

    def add(self, event):
        self._pending.put(event)

    def _flush(self):
        with self._flush_lock:
            while not self._pending.empty():
                print("sent", self._pending.get())
                self._sent += 1

    def run(self):
        while self._running.is_set():
            self._flush()
            time.sleep(0.01)

    def close(self):
        self._running.clear()
        self._flush()
        return self._sent
