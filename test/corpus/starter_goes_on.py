"""A hub that starts its accept loop on a thread and goes on to broadcast to the clients that thread's readers remove (positive: shape 2)."""
import socket
import threading


class Hub:
    def __init__(self, port):
        self.port = port
        self.clients = []

    def start(self):
        threading.Thread(target=self.accept_clients, daemon=True).start()
        self.broadcast_forever()

    def accept_clients(self):
        listener = socket.create_server(("127.0.0.1", self.port))
        while True:
            conn, _ = listener.accept()
            self.clients.append(conn)
            threading.Thread(target=self.read_from, args=(conn,), daemon=True).start()

    def read_from(self, conn):
        while conn.recv(1024):
            pass
        self.clients.remove(conn)

    def broadcast_forever(self):
        while True:
            for conn in self.clients:  # expect: GIL004
                conn.sendall(b"tick\n")


if __name__ == "__main__":
    Hub(7071).start()
