"""Threads, Timers and pool tasks handed the result of a call instead of the function (positive).

Each target below is called on the spot, by the thread that runs the line, and hands back None:
the work runs one call after another here, and the threads get nothing to run.
"""
import _thread
import threading
import time
from concurrent.futures import ThreadPoolExecutor

finished = []


def runner(lane):
    for _ in range(3):
        time.sleep(0.01)
    finished.append(lane)


racers = []
for lane in range(4):
    racer = threading.Thread(target=runner(lane))  # expect: GIL008
    racers.append(racer)
for racer in racers:
    racer.start()


def beep():
    print("beep")


alarm = threading.Timer(2.0, beep())  # expect: GIL008


class Board:
    def __init__(self):
        self.scores = {}

    def refresh(self, name):
        self.scores[name] = time.monotonic()


class Match:
    def __init__(self):
        self.board = Board()
        self.inbox = []

    def listen(self):
        while self.inbox:
            self.inbox.pop()

    def play(self):
        time.sleep(0.01)

    def start(self):
        listener = threading.Thread(target=self.listen, daemon=True)
        listener.start()
        game = threading.Thread(target=self.play())  # expect: GIL008
        game.start()
        board = self.board
        threading.Thread(target=board.refresh("home"), daemon=True).start()  # expect: GIL008


def save(path, text):
    with open(path, "w") as out:
        out.write(text)


with ThreadPoolExecutor(max_workers=2) as pool:
    for n in range(3):
        pool.submit(save(f"/tmp/part{n}.txt", "x"))  # expect: GIL008

_thread.start_new_thread(beep(), ())  # expect: GIL008


def poll(url, *, retries=3):
    if not url:
        return
    for _ in range(retries):
        time.sleep(0.01)


threading.Thread(target=poll("/health", retries=1), name="poller").start()  # expect: GIL008
