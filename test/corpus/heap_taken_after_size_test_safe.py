"""A reminder heap whose test and pop sit under one lock, drained by its own thread and by the caller (negative)."""
import heapq
import threading
import time


class Reminders:
    def __init__(self):
        self.due = []
        self.lock = threading.Lock()
        self.worker = threading.Thread(target=self.drain, daemon=True)
        self.worker.start()

    def remind(self, at, text):
        with self.lock:
            heapq.heappush(self.due, (at, text))

    def drain(self):
        while True:
            with self.lock:
                if not self.due:
                    return
                at, text = self.due[0]
                if at > time.monotonic():
                    text = None
                else:
                    heapq.heappop(self.due)
            if text:
                print(text)
            time.sleep(0.01)


board = Reminders()
board.remind(time.monotonic() + 0.1, "stand up")
board.remind(time.monotonic() + 0.2, "drink water")
board.drain()
