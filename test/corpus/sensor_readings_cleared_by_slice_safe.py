"""The sensor with the readings handed over a queue: the average drains what is there, and nothing
added meanwhile is lost (negative)."""
import queue
import statistics
import threading
import time


class Sensor:
    INTERVAL = 5

    def __init__(self):
        self.readings = queue.SimpleQueue()
        threading.Thread(target=self.keep_reading, daemon=True).start()

    def keep_reading(self):
        while True:
            self.readings.put(self.read_once())
            time.sleep(self.INTERVAL)

    def read_once(self):
        raise NotImplementedError

    def average(self):
        taken = []
        while not self.readings.empty():
            taken.append(self.readings.get())
        if not taken:
            raise ValueError("no readings yet")
        return statistics.fmean(taken)
