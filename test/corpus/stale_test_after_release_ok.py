"""The count is tested under the lock, through a local taken there, or only to wake waiters or to report (negative)."""
import threading


class Countdown:
    def __init__(self, parties):
        self.left = parties
        self.mutex = threading.Lock()
        self.finished = threading.Event()
        self.gate = threading.Semaphore(0)

    def arrive_locked(self):
        with self.mutex:
            self.left -= 1
            if self.left == 0:
                self.gate.release()

    def arrive_local(self):
        with self.mutex:
            self.left -= 1
            last = self.left == 0
        if last:
            self.gate.release()

    def arrive_event(self):
        with self.mutex:
            self.left -= 1
        if self.left == 0:
            self.finished.set()


progress = 0
progress_lock = threading.Lock()


def step():
    global progress
    with progress_lock:
        progress += 1
    if progress % 100 == 0:
        print("done", progress)


cd = Countdown(6)
for _ in range(2):
    for target in (cd.arrive_locked, cd.arrive_local, cd.arrive_event, step):
        threading.Thread(target=target).start()
