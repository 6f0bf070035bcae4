"""The same slot under one lock over test and store, and a slot only the one accept thread touches."""
import socket
import threading


def start_match(first, second):
    print("match", first, second)


class Matchmaker:
    def __init__(self, port):
        self.listener = socket.create_server(("127.0.0.1", port))
        self.parked = None
        self.parked_lock = threading.Lock()

    def admit(self, peer):
        with self.parked_lock:
            if self.parked:
                first, self.parked = self.parked, None
            else:
                self.parked = peer
                return
        start_match(first, peer)

    def run(self):
        while True:
            peer, _ = self.listener.accept()
            threading.Thread(target=self.admit, args=(peer,), daemon=True).start()


class Pairing:
    """Pairs in the accept thread itself, and hands each match to a thread of its own."""

    def __init__(self, listener):
        self.listener = listener
        self.parked = None

    def run(self):
        while True:
            peer, _ = self.listener.accept()
            if self.parked:
                threading.Thread(target=start_match, args=(self.parked, peer)).start()
                self.parked = None
            else:
                self.parked = peer


if __name__ == "__main__":
    Matchmaker(7070).run()
