"""A link to a device, a Thread subclass made elsewhere (a library class): its `run()` is the object's one thread and
alone takes from its own outbox, which callers only add to (negative on `outbox`); its inbox is also emptied by
`drop_stale()`, which callers run on their own threads, so the thread's test of it can go stale (positive: GIL004)."""
import threading
import time


class DeviceLink(threading.Thread):
    def __init__(self, port):
        super().__init__(daemon=True)
        self.port = port
        self.outbox = []
        self.inbox = []
        self.running = True

    def send(self, line):
        self.outbox.append(line)

    def drop_stale(self):
        if self.inbox:
            self.inbox.pop(0)

    def run(self):
        while self.running:
            if len(self.outbox) > 0:
                self.port.write(self.outbox.pop(0))
            if len(self.inbox) > 0:  # expect: GIL004
                print("handled", self.inbox.pop(0))
            time.sleep(0.01)
