import threading


class Lobby:
    def __init__(self):
        self.lock = threading.Lock()
        self.members = {}
        self.joined = 0

    def join(self, name):
        with self.lock:
            self.joined += 1
            self.members[name] = True

    def leave(self, name):
        with self.lock:
            self.members.pop(name, None)


lobby = Lobby()
