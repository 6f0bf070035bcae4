"""A rate shown and set back to 0 under one lock while uploads add to it under another (positive)."""
import threading
import time

frames_seen = 0
frames_lock = threading.Lock()
screen_lock = threading.Lock()


class UploadMeter:
    def __init__(self):
        self.sent = 0
        self._sent_lock = threading.Lock()
        self._print_lock = threading.Lock()
        self._reporter = threading.Thread(target=self._report_every_second, daemon=True)
        self._reporter.start()

    def record(self, size):
        with self._sent_lock:
            self.sent += size

    def _report_every_second(self):
        while True:
            time.sleep(1.0)
            with self._print_lock:
                print(f"{self.sent / 1024:.1f} KiB/s")
                self.sent = 0  # expect: GIL001


def upload(meter, parts):
    for part in parts:
        meter.record(len(part))


def count_frames(n):
    global frames_seen
    for _ in range(n):
        with frames_lock:
            frames_seen += 1


def show_fps():
    global frames_seen
    while True:
        time.sleep(1.0)
        with screen_lock:
            fps = frames_seen
            frames_seen = 0  # expect: GIL001
        print("fps", fps)


if __name__ == "__main__":
    meter = UploadMeter()
    uploads = [threading.Thread(target=upload, args=(meter, [b"."] * 5000)) for _ in range(4)]
    for t in uploads:
        t.start()
    threading.Thread(target=show_fps, daemon=True).start()
    for _ in range(3):
        threading.Thread(target=count_frames, args=(1000,)).start()
