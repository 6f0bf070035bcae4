"""A sender thread started lazily under the lock, only when there is none: one sender runs at a time, so the count only it keeps needs no lock (negative)."""
import queue
import threading


class Outbox:
    def __init__(self):
        self.lock = threading.Lock()
        self.pending = queue.Queue()
        self.sender = None
        self.closed = False
        self.sent = 0

    def post(self, message):
        with self.lock:
            if self.closed:
                return
            self.pending.put(message)
            if self.sender is None:
                self.sender = threading.Thread(target=self._send_all, daemon=True)
                self.sender.start()

    def close(self):
        with self.lock:
            self.closed = True
            if self.sender is not None:
                self.pending.put(None)
                self.sender.join()
                self.sender = None

    def _send_all(self):
        while True:
            message = self.pending.get()
            if message is None:
                break
            print("sending", message)
            self.sent += 1


box = Outbox()
posters = [threading.Thread(target=box.post, args=(f"note {i}",)) for i in range(5)]
for p in posters:
    p.start()
for p in posters:
    p.join()
box.close()
print(box.sent)
