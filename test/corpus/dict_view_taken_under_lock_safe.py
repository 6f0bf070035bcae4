"""The same lobby copies its players' names into a list under the lock before it joins them (negative)."""
import threading


class Lobby:
    def __init__(self):
        self.lock = threading.Lock()
        self.players = {}

    def join(self, name, conn):
        with self.lock:
            self.players[name] = conn

    def roster(self):
        with self.lock:
            names = list(self.players.keys())
        return ", ".join(names)

    def serve(self, name, conn):
        self.join(name, conn)
        print(self.roster())


lobby = Lobby()
for n in range(4):
    threading.Thread(target=lobby.serve, args=(f"p{n}", object())).start()
