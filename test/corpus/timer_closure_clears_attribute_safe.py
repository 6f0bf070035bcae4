"""The same debouncer taking the Timer into a local before it tests and cancels it (negative)."""
import threading


class Debouncer:
    def __init__(self, wait, action):
        self.wait = wait
        self.action = action
        self.pending = None

    def reset(self):
        pending = self.pending
        if pending is not None:
            pending.cancel()
        self.pending = None

    def __call__(self):
        def fire():
            self.action()

        if self.pending is None:
            self.pending = threading.Timer(self.wait, fire)
            self.pending.start()


save = Debouncer(0.5, lambda: print("saved"))
save()
save.reset()
