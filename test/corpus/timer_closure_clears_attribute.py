"""A debouncer whose Timer runs a closure that sets `self.pending` to None, while reset() tests it and cancels it (positive: GIL004 once)."""
import threading


class Debouncer:
    def __init__(self, wait, action):
        self.wait = wait
        self.action = action
        self.pending = None

    def reset(self):
        if self.pending is not None:  # expect: GIL004
            self.pending.cancel()
            self.pending = None

    def __call__(self):
        def fire():
            self.pending = None
            self.action()

        if self.pending is None:
            self.pending = threading.Timer(self.wait, fire)
            self.pending.start()


save = Debouncer(0.5, lambda: print("saved"))
save()
save.reset()
