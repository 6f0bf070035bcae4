"""The same farm, with the shared tally under the farm's one lock."""
import socket
import threading

from node_worker import NodeWorker


class Farm:
    def __init__(self):
        self.lock = threading.Lock()
        self.tiles_done = 0

    def accept_nodes(self, listener):
        while True:
            conn, _ = listener.accept()
            NodeWorker(conn, self).start()


if __name__ == "__main__":
    Farm().accept_nodes(socket.create_server(("127.0.0.1", 7071)))
