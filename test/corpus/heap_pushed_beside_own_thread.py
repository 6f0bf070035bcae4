"""A reminder service: its own thread pops the reminders that are due from a heap, while users call
remind(), which pushes onto the same heap with heapq. Between the thread's look at the earliest entry
and its pop, a push can put an earlier one on top, and the thread pops a reminder that is not yet due
(and on a free-threaded build two heap operations at once can break the heap's order)."""
import heapq
import threading
import time


class Reminders:
    def __init__(self):
        self._due = []
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def remind(self, at, text):
        heapq.heappush(self._due, (at, text))

    def _run(self):
        while True:
            while self._due:
                at, _ = self._due[0]  # expect: GIL004
                if at > time.time():
                    break
                at, text = heapq.heappop(self._due)
                print("reminder:", text)
            time.sleep(0.1)
