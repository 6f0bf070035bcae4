"""A camera grabber's own thread drops the stale frame after an empty() test while readers take frames from outside (positive)."""
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
            if not self.frames.empty():  # expect: GIL004
                self.frames.get_nowait()
            self.frames.put(frame)

    def latest(self):
        return self.frames.get()


class FakeCamera:
    def read(self):
        return b"frame"


feed = LatestFrame(FakeCamera())
print(feed.latest())
