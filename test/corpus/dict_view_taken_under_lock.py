"""A lobby takes its players' names with keys() under the lock and joins them after it, while joins add players (positive)."""
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
            names = self.players.keys()
        return ", ".join(names)  # expect: GIL004

    def serve(self, name, conn):
        self.join(name, conn)
        print(self.roster())


lobby = Lobby()
for n in range(4):
    threading.Thread(target=lobby.serve, args=(f"p{n}", object())).start()
