"""One thread per object of a list (`Thread(target=node.tick) for node in nodes`): each thread changes
its own object only (negative); the same object handed round after round (`for n in [hub] * 3`)
is shared (positive)."""
import threading


class Node:
    def __init__(self, ident):
        self.ident = ident
        self.term = 0
        self.role = "follower"

    def tick(self):
        for _ in range(100):
            self.term += 1
            if self.role == "follower":
                self.role = "candidate"


class Hub:
    def __init__(self):
        self.relayed = 0

    def relay(self):
        self.relayed += 1  # expect: GIL001


nodes = [Node(i) for i in range(5)]
workers = [threading.Thread(target=node.tick) for node in nodes]
for w in workers:
    w.start()
hub = Hub()
for h in [hub] * 3:
    threading.Thread(target=h.relay).start()
