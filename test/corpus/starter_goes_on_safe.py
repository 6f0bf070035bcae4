"""A hub that broadcasts to a copy of its clients taken under the lock its readers remove under (negative)."""
import socket
import threading


class Hub:
    def __init__(self, port):
        self.port = port
        self.clients = []
        self.clients_lock = threading.Lock()

    def start(self):
        threading.Thread(target=self.accept_clients, daemon=True).start()
        self.broadcast_forever()

    def accept_clients(self):
        listener = socket.create_server(("127.0.0.1", self.port))
        while True:
            conn, _ = listener.accept()
            with self.clients_lock:
                self.clients.append(conn)
            threading.Thread(target=self.read_from, args=(conn,), daemon=True).start()

    def read_from(self, conn):
        while conn.recv(1024):
            pass
        with self.clients_lock:
            self.clients.remove(conn)

    def broadcast_forever(self):
        while True:
            with self.clients_lock:
                listeners = list(self.clients)
            for conn in listeners:
                conn.sendall(b"tick\n")


if __name__ == "__main__":
    Hub(7071).start()
