"""The main program calls a method on an object whose own thread changes what that method goes
through: the loop can fail or miss items (positive); after join(), or on state the thread leaves
alone, nothing (negative)."""
import threading
import time


class Lobby:
    def __init__(self):
        self.members = set()
        self.log = []
        self.worker = threading.Thread(target=self._admit, daemon=True)
        self.worker.start()

    def _admit(self):
        for n in range(100):
            self.members.add(n)
            self.members.discard(n - 3)
            time.sleep(0.001)

    def announce(self, text):
        for member in self.members:  # expect: GIL004
            print(member, text)

    def history(self):
        for line in self.log:
            print(line)


lobby = Lobby()
for _ in range(10):
    lobby.announce("hello")
    lobby.history()


class Batch:
    def __init__(self):
        self.items = set()

    def fill(self):
        for n in range(10):
            self.items.add(n)

    def show(self):
        for item in self.items:
            print(item)


batch = Batch()
filler = threading.Thread(target=batch.fill)
filler.start()
filler.join()
batch.show()
