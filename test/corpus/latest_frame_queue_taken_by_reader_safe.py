"""The same grabber drops the stale frame in one step, catching queue.Empty when a reader took it first (negative)."""
import queue
import threading


class LatestFrame:
    def __init__(self, camera):
        self.camera = camera
        self.frames = queue.Queue(maxsize=1)
        self.grabber = threading.Thread(target=self.grab, daemon=True)
        self.grabber.start()

    def grab(self):
        while True:
            frame = self.camera.read()
            try:
                self.frames.get_nowait()
            except queue.Empty:
                pass
            self.frames.put(frame)

    def latest(self):
        return self.frames.get()


class FakeCamera:
    def read(self):
        return b"frame"


feed = LatestFrame(FakeCamera())
print(feed.latest())
