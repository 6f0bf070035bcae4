"""A peer thread: relays each line it reads to every peer on the shared list, and leaves the list when its socket fails."""
import threading


class Peer(threading.Thread):
    def __init__(self, conn, peers):
        super().__init__(daemon=True)
        self.conn = conn
        self.peers = peers

    def run(self):
        while True:
            try:
                line = self.conn.recv(512)
                if not line:
                    raise OSError("closed")
                self.relay(line)
            except OSError:
                self.conn.close()
                self.peers.remove(self.conn)
                return

    def relay(self, line):
        for other in self.peers:  # expect: GIL004
            other.sendall(line)
