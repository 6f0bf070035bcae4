"""Flushers that clear their Event right after the wait, before the work (a set() made during the work makes the next wait return at once); and a timer loop whose Event only its own thread sets (negative)."""
import threading
import time

pending = []
pending_lock = threading.Lock()
wake = threading.Event()


def flusher():
    while True:
        wake.wait()
        wake.clear()
        with pending_lock:
            batch = pending[:]
            pending.clear()
        time.sleep(0.05)
        print("sent", len(batch))


def produce(x):
    with pending_lock:
        pending.append(x)
    wake.set()


class Pacer:
    def __init__(self):
        self.tick = threading.Event()
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self):
        while True:
            self.tick.wait(1.0)
            print("tick")
            self.tick.clear()
            self._arm()

    def _arm(self):
        threading.Timer(0.5, lambda: None).start()
        self.tick.set()


threading.Thread(target=flusher, daemon=True).start()
for i in range(10):
    produce(i)
Pacer()
