"""Events cleared where no other waiter can miss them (negative).

One waiter clears its own signal; the setter clears before the next round; each player has its own Event.
"""
import threading
import time

wake = threading.Event()
go = threading.Event()


def sleeper():
    while True:
        wake.wait()
        wake.clear()
        print("woke")


def racer(name):
    go.wait()
    print(name, "off")


class Player:
    def __init__(self):
        self.turn = threading.Event()

    def play(self):
        self.turn.wait()
        self.turn.clear()
        print("played")



class Ticker(threading.Thread):
    """A periodic thread that sleeps on its own Event: each object has one thread, the only one that waits
    for it (stop() sets it to cut the sleep short)."""

    def __init__(self, interval, callback):
        super().__init__(daemon=True)
        self._interval = interval
        self._callback = callback
        self._wakeup = threading.Event()
        self._running = True

    def run(self):
        while self._running:
            self._callback()
            self._wakeup.wait(timeout=self._interval)
            self._wakeup.clear()

    def stop(self):
        self._running = False
        self._wakeup.set()


threading.Thread(target=sleeper, daemon=True).start()
racers = [threading.Thread(target=racer, args=(f"r{i}",)) for i in range(4)]
players = [Player() for _ in range(3)]
for t in racers:
    t.start()
for p in players:
    threading.Thread(target=p.play).start()
go.set()
time.sleep(0.05)
go.clear()
wake.set()
for p in players:
    p.turn.set()
