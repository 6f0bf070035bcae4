"""A peer thread that relays to a copy of the peer list taken under the hub's lock, and leaves the list under it."""
import threading


class Peer(threading.Thread):
    def __init__(self, conn, peers, peers_lock):
        super().__init__(daemon=True)
        self.conn = conn
        self.peers = peers
        self.peers_lock = peers_lock

    def run(self):
        while True:
            try:
                line = self.conn.recv(512)
                if not line:
                    raise OSError("closed")
                self.relay(line)
            except OSError:
                self.conn.close()
                with self.peers_lock:
                    self.peers.remove(self.conn)
                return

    def relay(self, line):
        with self.peers_lock:
            others = list(self.peers)
        for other in others:
            other.sendall(line)
