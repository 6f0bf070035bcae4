"""The same reminder service with one lock over the heap: remind() pushes holding it, and the thread
looks at the earliest entry and pops it holding it too, so nothing lands in between."""
import heapq
import threading
import time


class Reminders:
    def __init__(self):
        self._due = []
        self._due_lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def remind(self, at, text):
        with self._due_lock:
            heapq.heappush(self._due, (at, text))

    def _run(self):
        while True:
            ready = []
            with self._due_lock:
                while self._due and self._due[0][0] <= time.time():
                    ready.append(heapq.heappop(self._due)[1])
            for text in ready:
                print("reminder:", text)
            time.sleep(0.1)
