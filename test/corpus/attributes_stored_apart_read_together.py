"""Two objects with a thread of their own and values that belong together kept in separate
attributes. A rover's beacon thread sends its position, which the navigation code moves by storing
east and north one after the other; a jukebox's worker stores that it is playing and then the song,
while status() reports both. A read that falls between two stores pairs a new value with an old one."""
import threading
import time


class Beacon:
    def __init__(self, radio):
        self.radio = radio
        self.east = 0.0
        self.north = 0.0
        self.sending = True
        threading.Thread(target=self._send_loop, daemon=True).start()

    def move_to(self, east, north):
        self.east = east  # expect: GIL001
        self.north = north

    def halt(self):
        self.sending = False

    def _send_loop(self):
        while self.sending:
            self.radio.send(format(self.east, ".2f") + ";" + format(self.north, ".2f"))
            time.sleep(0.5)


class Jukebox:
    def __init__(self, speaker):
        self.speaker = speaker
        self.requests = []
        self.wakeup = threading.Event()
        self.playing = False
        self.song = None
        self.worker = threading.Thread(target=self._work, daemon=True)
        self.worker.start()

    def request(self, song):
        self.requests.append(song)
        self.wakeup.set()

    def _work(self):
        while True:
            self.wakeup.wait()
            self.wakeup.clear()
            while self.requests:
                self._play(self.requests.pop(0))

    def _play(self, song):
        self.playing = True  # expect: GIL001
        self.song = song
        self.speaker.play(song)
        self.playing = False
        self.song = None

    def status(self):
        return {"playing": self.playing, "song": self.song}
