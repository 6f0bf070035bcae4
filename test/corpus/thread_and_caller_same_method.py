"""A method run by a thread and, at the same time, by the code that started it (positive: GIL001 three times)."""
import threading


class Sequencer:
    def __init__(self):
        self.next_seq = 0

    def advance(self):
        self.next_seq = self.next_seq + 1  # expect: GIL001


class Replicator:
    def __init__(self):
        self.copies = 0

    def copy_once(self):
        self.copies += 1  # expect: GIL001

    def replicate(self):
        threading.Thread(target=self.copy_once).start()
        self.copy_once()


class Poller(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.polls = 0

    def poll_now(self):
        self.polls += 1

    def run(self):
        for _ in range(100):
            self.polls += 1  # expect: GIL001


seq = Sequencer()
threading.Thread(target=seq.advance).start()
seq.advance()
Replicator().replicate()
poller = Poller()
poller.start()
poller.poll_now()
