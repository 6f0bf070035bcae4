"""The hub: accepts connections and starts a Peer for each, all of them handed one list of peers."""
import socket

from relay.peer import Peer


def run_hub(port):
    listener = socket.create_server(("127.0.0.1", port))
    peers = []
    while True:
        conn, _ = listener.accept()
        peers.append(conn)
        peer = Peer(conn, peers)
        peer.start()


if __name__ == "__main__":
    run_hub(7070)
