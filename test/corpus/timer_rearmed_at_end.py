"""A reading re-arms its own Timer at its end, but run() calls it in a loop, so every round starts one more chain of Timers beside the others (positive: GIL001)."""
import threading
import time


class Sampler(threading.Thread):
    def __init__(self, sensor):
        super().__init__(daemon=True)
        self.sensor = sensor
        self.taken = 0

    def run(self):
        while True:
            self.take_reading()
            time.sleep(5)

    def take_reading(self):
        self.sensor.read()
        self.taken += 1  # expect: GIL001
        threading.Timer(1.5, self.take_reading).start()


if __name__ == "__main__":
    Sampler(sensor=None).start()
    time.sleep(10)
