"""A game lobby: one object the server keeps, changed by every client's thread (they live in server.py)."""


class Lobby:
    def __init__(self, seats):
        self.seats = seats
        self.players = {}
        self.votes = 0

    def join(self, name, conn):
        if name not in self.players:  # expect: GIL004
            self.players[name] = conn

    def vote(self):
        self.votes += 1  # expect: GIL001
        return self.votes == len(self.players)

