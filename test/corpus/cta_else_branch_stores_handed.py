"""A match-making slot tested for a waiting peer; the else branch parks this one there (positive: two handlers can both park)."""
import socket
import threading


def start_match(first, second):
    print("match", first, second)


class Matchmaker:
    def __init__(self, port):
        self.listener = socket.create_server(("127.0.0.1", port))
        self.parked = None

    def admit(self, peer):
        if self.parked:  # expect: GIL004
            start_match(self.parked, peer)
            self.parked = None
        else:
            self.parked = peer

    def run(self):
        while True:
            peer, _ = self.listener.accept()
            threading.Thread(target=self.admit, args=(peer,), daemon=True).start()


if __name__ == "__main__":
    Matchmaker(7070).run()
