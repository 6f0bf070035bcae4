"""An item of a dict attribute, updated by a method that runs in threads (positive)."""
import threading


class Tally:
    def __init__(self, names):
        self.votes = {n: 0 for n in names}

    def vote(self, name):
        self.votes[name] += 1  # expect: GIL001


def election(ballots):
    tally = Tally(set(ballots))
    threads = [threading.Thread(target=tally.vote, args=(b,)) for b in ballots]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return tally.votes
