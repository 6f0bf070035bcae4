"""Member objects that are not shared: each thread's owner has its own, or the owner's lock covers the call."""
import threading


class Meter:
    def __init__(self):
        self.bytes_out = 0

    def count(self, size):
        self.bytes_out += size


class Uplink:
    def __init__(self):
        self.meter = Meter()

    def transmit(self, frame):
        self.meter.count(len(frame))


class GuardedUplink:
    def __init__(self):
        self.meter = Meter()
        self.lock = threading.Lock()

    def transmit(self, frame):
        with self.lock:
            self.meter.count(len(frame))


# One Uplink per thread: each meter is counted by one thread only.
links = [Uplink() for _ in range(4)]
own = [threading.Thread(target=link.transmit, args=(b"abc",)) for link in links]
# One GuardedUplink for all: its lock is held around every count.
guarded = GuardedUplink()
shared = [threading.Thread(target=guarded.transmit, args=(b"abc",)) for _ in range(4)]
for t in own + shared:
    t.start()
for t in own + shared:
    t.join()
