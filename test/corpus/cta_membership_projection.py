"""Membership asked of a projection of the items, or kept in a flag just before the add (positive)."""
import threading


class Lobby:
    def __init__(self):
        self.players = []
        self.tags = []

    def enter(self, player):
        if player.nick not in [p.nick for p in self.players]:  # expect: GIL004
            self.players.append(player)

    def enter_any(self, player):
        if not any(p.nick == player.nick for p in self.players):  # expect: GIL004
            self.players.append(player)

    def tag(self, label):
        unused = label not in self.tags  # expect: GIL004
        if unused:
            self.tags.append(label)


class Player:
    def __init__(self, nick):
        self.nick = nick


lobby = Lobby()
for n in range(3):
    threading.Thread(target=lobby.enter, args=(Player("kim"),)).start()
    threading.Thread(target=lobby.enter_any, args=(Player("kim"),)).start()
    threading.Thread(target=lobby.tag, args=("red",)).start()
