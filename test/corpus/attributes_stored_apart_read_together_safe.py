"""The same two objects kept right. The beacon moves under the lock its thread reads under; the
jukebox publishes what it plays as one tuple, stored in one assignment and read once; a sampler's
settings are stored before its thread starts; and a scale's tare is set up in its constructor."""
import threading
import time


class Beacon:
    def __init__(self, radio):
        self.radio = radio
        self.lock = threading.Lock()
        self.east = 0.0
        self.north = 0.0
        threading.Thread(target=self._send_loop, daemon=True).start()

    def move_to(self, east, north):
        with self.lock:
            self.east = east
            self.north = north

    def _send_loop(self):
        while True:
            with self.lock:
                line = format(self.east, ".2f") + ";" + format(self.north, ".2f")
            self.radio.send(line)
            time.sleep(0.5)


class Jukebox:
    def __init__(self, speaker):
        self.speaker = speaker
        self.requests = []
        self.wakeup = threading.Event()
        self.now = (False, None)
        threading.Thread(target=self._work, daemon=True).start()

    def request(self, song):
        self.requests.append(song)
        self.wakeup.set()

    def _work(self):
        while True:
            self.wakeup.wait()
            self.wakeup.clear()
            while self.requests:
                song = self.requests.pop(0)
                self.now = (True, song)
                self.speaker.play(song)
                self.now = (False, None)

    def status(self):
        playing, song = self.now
        return {"playing": playing, "song": song}


class Sampler:
    def __init__(self, sensor):
        self.sensor = sensor
        self.rate = 1.0
        self.window = 10
        self.samples = []
        self.thread = None

    def configure(self, rate, window):
        self.rate = rate
        self.window = window

    def start(self):
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()

    def _sample(self):
        while True:
            self.samples.append(self.sensor.read())
            del self.samples[: -self.window * int(self.rate)]
            time.sleep(1 / self.rate)


class Scale:
    def __init__(self, cell, tare, gain):
        self.cell = cell
        self.tare = tare
        self.gain = gain
        self.grams = 0.0
        threading.Thread(target=self._weigh, daemon=True).start()

    def _weigh(self):
        while True:
            self.grams = (self.cell.read() - self.tare) * self.gain
            time.sleep(0.1)


if __name__ == "__main__":
    sampler = Sampler(sensor=None)
    sampler.configure(rate=5.0, window=20)
    sampler.start()
