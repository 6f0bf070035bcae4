"""A reference tested and then used while another thread clears it: the use can meet None (positive);
the same through a local taken once, or under one lock with the clearing (negative)."""
import threading
import time


class Arena:
    def __init__(self):
        self.boss = object()
        self.guard = threading.Lock()

    def render(self):
        for _ in range(100):
            if self.boss is not None:  # expect: GIL004
                self.boss.draw()
            boss = self.boss
            if boss is not None:
                boss.draw()
            with self.guard:
                if self.boss:
                    self.boss.draw()
            time.sleep(0.01)

    def defeat(self):
        time.sleep(0.5)
        with self.guard:
            self.boss = None


class Probe:
    def __init__(self):
        self.sensor = object()

    def sample(self):
        if hasattr(self, "sensor"):  # expect: GIL004
            return self.sensor.read()
        return None

    def unplug(self):
        del self.sensor


class Link:
    def __init__(self):
        self.reader = object()

    def poll(self):
        for _ in range(10):
            if self.reader is None:  # expect: GIL004
                return
            self.reader.read()
            time.sleep(0.1)

    def drop(self):
        self.reader = None


arena = Arena()
threading.Thread(target=arena.render).start()
threading.Thread(target=arena.defeat).start()
probe = Probe()
threading.Thread(target=probe.sample).start()
threading.Thread(target=probe.unplug).start()
link = Link()
threading.Thread(target=link.poll).start()
threading.Thread(target=link.drop).start()
