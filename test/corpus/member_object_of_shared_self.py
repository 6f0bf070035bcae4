"""A shared object's member object, made by its constructor, updated by the threads that share the owner."""
import threading


class Meter:
    def __init__(self):
        self.bytes_out = 0
        self.frames = 0

    def count(self, size):
        self.bytes_out += size  # expect: GIL001
        self.frames += 1  # expect: GIL001


class Uplink:
    def __init__(self):
        self.meter = Meter()

    def transmit(self, frame):
        # ... the frame goes out here ...
        self.meter.count(len(frame))


link = Uplink()
senders = [threading.Thread(target=link.transmit, args=(b"x" * n,)) for n in range(1, 9)]
for s in senders:
    s.start()
for s in senders:
    s.join()
print(link.meter.bytes_out, link.meter.frames)
