"""A Thread subclass made in the accept loop reads the module's `conn`, which the loop rebinds for the next client (positive: GIL007 once)."""
import socket
import threading

server = socket.create_server(("127.0.0.1", 5010))


class Echo(threading.Thread):
    def __init__(self, sock):
        super().__init__(daemon=True)
        self.sock = sock

    def run(self):
        data = conn.recv(1024)  # expect: GIL007
        self.sock.sendall(data)


while True:
    conn, addr = server.accept()
    Echo(conn).start()
