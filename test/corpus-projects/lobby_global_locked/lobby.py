"""The lobby takes its own lock; the server's threads share the one object."""
import threading


class Lobby:
    def __init__(self, seats):
        self.seats = seats
        self.players = {}
        self.votes = 0
        self.lock = threading.Lock()

    def join(self, name, conn):
        with self.lock:
            if name not in self.players:
                self.players[name] = conn

    def vote(self):
        with self.lock:
            self.votes += 1
            return self.votes == len(self.players)
