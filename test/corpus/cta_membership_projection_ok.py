"""The projection test and the add under one lock, or the flag taken under it (negative)."""
import threading


class Lobby:
    def __init__(self):
        self.players = []
        self.tags = []
        self.lock = threading.Lock()

    def enter(self, player):
        with self.lock:
            if player.nick not in [p.nick for p in self.players]:
                self.players.append(player)

    def tag(self, label):
        with self.lock:
            unused = label not in self.tags
            if unused:
                self.tags.append(label)


class Player:
    def __init__(self, nick):
        self.nick = nick


lobby = Lobby()
for n in range(3):
    threading.Thread(target=lobby.enter, args=(Player("kim"),)).start()
    threading.Thread(target=lobby.tag, args=("red",)).start()
