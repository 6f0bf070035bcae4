"""Stop flags set back only once the old thread has stopped, or with no new thread (negative)."""
import threading
import time

halt = False
current = None


def blink(pattern):
    while not halt:
        print(pattern)
        time.sleep(1)


def show(pattern):
    global halt, current
    halt = True
    if current is not None:
        current.join()
    halt = False
    current = threading.Thread(target=blink, args=(pattern,), daemon=True)
    current.start()


class Sampler:
    def __init__(self):
        self.running = False
        self.worker = None

    def sample(self):
        while self.running:
            time.sleep(0.5)

    def pause_and_resume(self):
        self.running = False
        print("paused")
        self.running = True

    def restart(self):
        self.running = False
        if self.worker:
            self.worker.join()
        self.running = True
        self.worker = threading.Thread(target=self.sample, daemon=True)
        self.worker.start()


show("fast")
sampler = Sampler()
sampler.restart()
