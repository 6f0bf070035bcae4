"""Thread objects made but never started: nothing runs their targets beside the main program (negative)."""
import threading

polls = 0


class Poller:
    def __init__(self):
        self.pending = []
        worker = threading.Thread(target=self.poll, daemon=True)
        self.spare = None

    def poll(self):
        self.pending = [p for p in self.pending if p]

    def add(self, item):
        self.pending.append(item)


def count_poll():
    global polls
    polls += 1


unused = threading.Thread(target=count_poll)
poller = Poller()
poller.add("x")
count_poll()
