"""A sampler thread whose run() takes the first reading and hands the rest to a Timer that each reading re-arms as its last act: the readings follow one another (negative)."""
import threading
import time


class Sampler(threading.Thread):
    def __init__(self, sensor):
        super().__init__(daemon=True)
        self.sensor = sensor
        self.taken = 0
        self.last = None

    def run(self):
        self.sensor.open()
        self.take_reading()

    def take_reading(self):
        self.last = self.sensor.read()
        self.taken += 1
        threading.Timer(1.5, self.take_reading).start()


def beat(state):
    state["beats"] += 1
    threading.Timer(1.0, beat, args=(state,)).start()


def heart(state):
    state["beats"] = 0
    beat(state)


if __name__ == "__main__":
    Sampler(sensor=None).start()
    threading.Thread(target=heart, args=({},)).start()
    time.sleep(10)
