"""A sensor base class whose constructor starts a thread that keeps appending readings, while the
average its users ask for reads them and then clears the list with `del readings[:]` in a finally
(positive: GIL001)."""
import statistics
import threading
import time


class Sensor:
    INTERVAL = 5

    def __init__(self):
        self.readings = []
        threading.Thread(target=self.keep_reading, daemon=True).start()

    def keep_reading(self):
        while True:
            self.readings.append(self.read_once())
            time.sleep(self.INTERVAL)

    def read_once(self):
        raise NotImplementedError

    def average(self):
        try:
            if not self.readings:
                raise ValueError("no readings yet")
            return statistics.fmean(self.readings)
        finally:
            del self.readings[:]  # expect: GIL001
