"""A reminder queue kept as a heap: its own thread pops due reminders while the caller also drains it (positive)."""
import heapq
import threading
import time


class Reminders:
    def __init__(self):
        self.due = []
        self.worker = threading.Thread(target=self.drain, daemon=True)
        self.worker.start()

    def remind(self, at, text):
        heapq.heappush(self.due, (at, text))

    def drain(self):
        while self.due:  # expect: GIL004
            at, text = self.due[0]
            if at <= time.monotonic():
                heapq.heappop(self.due)
                print(text)
            time.sleep(0.01)


board = Reminders()
board.remind(time.monotonic() + 0.1, "stand up")
board.remind(time.monotonic() + 0.2, "drink water")
board.drain()
