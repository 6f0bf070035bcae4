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
