"""A run flag the thread raises itself, with its loop inside a `try` or a `with` (positive: GIL006 twice)."""
import threading
import time


class Feed:
    def __init__(self, url):
        self.url = url
        self.running = False

    def open(self):
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self):
        self.running = True  # expect: GIL006
        retries = 0
        try:
            while self.running and retries < 5:
                time.sleep(0.1)
        finally:
            self.running = False

    def shutdown(self):
        self.running = False


class Recorder:
    def __init__(self, path):
        self.path = path
        self.recording = False

    def begin(self):
        threading.Thread(target=self.capture).start()

    def capture(self):
        self.recording = True  # expect: GIL006
        with open(self.path, "a") as out:
            while self.recording:
                out.write("tick\n")
                time.sleep(0.5)

    def finish(self):
        self.recording = False


feed = Feed("tcp://localhost:9000")
feed.open()
feed.shutdown()
recorder = Recorder("/dev/null")
recorder.begin()
recorder.finish()
