"""A periodic sender handed its bus's send lock: the lock guards the shared bus, not the task, whose start() the owner calls (negative)."""
import threading
import time


class PeriodicSend:
    def __init__(self, bus, frame, period, send_lock):
        self.bus = bus
        self.frame = frame
        self.period = period
        self.send_lock = send_lock
        self.stopped = True
        self.worker = None

    def start(self):
        self.stopped = False
        if self.worker is None or not self.worker.is_alive():
            self.worker = threading.Thread(target=self._loop, daemon=True)
            self.worker.start()

    def stop(self):
        self.stopped = True

    def _loop(self):
        while not self.stopped:
            with self.send_lock:
                self.bus.send(self.frame)
            time.sleep(self.period)
