"""The hub: accepts connections and starts a Peer for each, with one list of peers and the lock that guards it."""
import socket
import threading

from relay.peer import Peer


def run_hub(port):
    listener = socket.create_server(("127.0.0.1", port))
    peers = []
    peers_lock = threading.Lock()
    while True:
        conn, _ = listener.accept()
        with peers_lock:
            peers.append(conn)
        peer = Peer(conn, peers, peers_lock)
        peer.start()


if __name__ == "__main__":
    run_hub(7070)
