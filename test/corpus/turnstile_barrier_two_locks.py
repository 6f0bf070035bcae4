"""A two-phase barrier: arrivals count in under `entry`, departures count out under `exit_gate`, which starts closed (taken in `__init__`); the last arrival opens it while keeping `entry`, and the last to leave gives `entry` back, so the two phases never overlap (negative)."""
import threading


class TwoPhaseBarrier:
    def __init__(self, parties):
        self.parties = parties
        self.inside = 0
        self.entry = threading.Lock()
        self.exit_gate = threading.Lock()
        self.exit_gate.acquire()

    def wait(self):
        self.entry.acquire()
        self.inside = self.inside + 1
        if self.inside == self.parties:
            self.inside = self.parties - 1
            self.exit_gate.release()
            return
        self.entry.release()

        self.exit_gate.acquire()
        self.inside = self.inside - 1
        if self.inside == 0:
            self.entry.release()
            return
        self.exit_gate.release()


barrier = TwoPhaseBarrier(3)


def runner(name):
    barrier.wait()
    print(name, "passed")


threads = [threading.Thread(target=runner, args=(f"runner {i}",)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
