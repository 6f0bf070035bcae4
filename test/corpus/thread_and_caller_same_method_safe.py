"""A method run by a thread and by its starter only after join(), and a Thread subclass whose outside methods touch other state (negative)."""
import threading


class Sequencer:
    def __init__(self):
        self.next_seq = 0

    def advance(self):
        self.next_seq = self.next_seq + 1


class Poller(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.polls = 0
        self.label = "idle"

    def rename(self, label):
        self.label = label

    def run(self):
        for _ in range(100):
            self.polls += 1


seq = Sequencer()
t = threading.Thread(target=seq.advance)
t.start()
t.join()
seq.advance()
poller = Poller()
poller.start()
poller.rename("busy")
