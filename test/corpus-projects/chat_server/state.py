class Lobby:
    def __init__(self):
        self.members = {}
        self.joined = 0

    def join(self, name):
        self.joined += 1  # expect: GIL001
        self.members[name] = True

    def leave(self, name):
        self.members.pop(name, None)


lobby = Lobby()
