"""A loop's stop flag set and set back with nothing between that waits for the old thread (positive).

A thread inside a slow step never sees the stop, and runs on beside the new one.
"""
import threading
import time

halt = False


def blink(pattern):
    while not halt:
        print(pattern)
        time.sleep(1)


def show(pattern):
    global halt
    halt = True
    print("switching to", pattern)
    halt = False  # expect: GIL006
    threading.Thread(target=blink, args=(pattern,), daemon=True).start()


class Sampler:
    def __init__(self):
        self.running = False
        self.samples = []

    def sample(self):
        while self.running:
            self.samples.append(time.monotonic())
            time.sleep(0.5)

    def restart(self):
        self.running = False
        self.samples.clear()
        self.running = True  # expect: GIL006
        threading.Thread(target=self.sample, daemon=True).start()


show("fast")
show("slow")
sampler = Sampler()
sampler.restart()
