"""A metronome whose own thread schedules the next tick, anchoring it when it is unset, while `stop()`
and `restart()`, called from outside that thread, set it back to None (positive: GIL004 on the test,
GIL001 on the unlocked `+=`)."""
import threading
import time


class Metronome:
    def __init__(self, bpm, click):
        self.interval = 60.0 / bpm
        self.click = click
        self.next_tick = None
        self.running = True
        threading.Thread(target=self.beat, daemon=True).start()

    def beat(self):
        while self.running:
            now = time.monotonic()
            if self.next_tick is None or self.next_tick < now:  # expect: GIL004
                self.next_tick = now
            time.sleep(max(0.0, self.next_tick - now))
            self.click()
            self.next_tick += self.interval  # expect: GIL001

    def restart(self):
        self.next_tick = None

    def stop(self):
        self.running = False
        self.next_tick = None
