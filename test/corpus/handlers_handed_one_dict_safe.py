"""A drawing-board server: every client handler (a Thread subclass) is handed the one dict of clients
the accept loop keeps. A handler sends to all of them under the board's lock, while a handler whose
client left takes its own entry out under the same lock, and the accept loop adds under it too
(negative)."""
import socket
import threading

board_lock = threading.Lock()


class BoardClient(threading.Thread):
    def __init__(self, conn, address, everyone):
        super().__init__(daemon=True)
        self.conn = conn
        self.address = address
        self.everyone = everyone

    def send(self, data):
        self.conn.sendall(data)

    def run(self):
        try:
            while True:
                stroke = self.conn.recv(1500)
                if not stroke:
                    break
                with board_lock:
                    for address, client in self.everyone.items():
                        client.send(stroke)
        finally:
            with board_lock:
                self.everyone.pop(self.address)


def serve(port):
    everyone = {}
    listener = socket.create_server(("", port))
    while True:
        conn, address = listener.accept()
        client = BoardClient(conn, address, everyone)
        with board_lock:
            everyone[address] = client
        client.start()


if __name__ == "__main__":
    serve(9000)
