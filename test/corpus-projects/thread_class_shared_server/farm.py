"""A render farm: one worker thread per connected node, each handed the farm itself."""
import socket

from node_worker import NodeWorker


class Farm:
    def __init__(self):
        self.tiles_done = 0
        self.nodes = []

    def accept_nodes(self, listener):
        while True:
            conn, _ = listener.accept()
            self._attach(conn)

    def _attach(self, conn):
        worker = NodeWorker(conn, self)
        self.nodes.append(worker)
        worker.start()


if __name__ == "__main__":
    Farm().accept_nodes(socket.create_server(("127.0.0.1", 7070)))
