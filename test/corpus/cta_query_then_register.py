"""A locked question, then a locked change through another helper: each step holds the lock, the two
together do not (positive); the same with the question asked again inside the change (negative)."""
import threading


class Lobby:
    def __init__(self):
        self.lock = threading.Lock()
        self.players = {}
        self.rooms = set()

    def name_free(self, name):
        with self.lock:
            return name not in self.players

    def register(self, name, conn):
        with self.lock:
            self.players[name] = conn

    def has_room(self, room):
        with self.lock:
            return room in self.rooms

    def open_room(self, room):
        with self.lock:
            if room in self.rooms:
                return False
            self.rooms.add(room)
            return True

    def join(self, name, conn):
        if self.name_free(name):  # expect: GIL004
            self.register(name, conn)
            return True
        return False

    def create(self, room):
        if not self.has_room(room):
            return self.open_room(room)
        return False


if __name__ == "__main__":
    lobby = Lobby()
    for n in range(4):
        threading.Thread(target=lobby.join, args=("ann", n)).start()
        threading.Thread(target=lobby.create, args=("main",)).start()
