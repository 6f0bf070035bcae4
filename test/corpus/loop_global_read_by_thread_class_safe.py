"""The same echo server whose thread reads the socket it was handed (negative)."""
import socket
import threading

server = socket.create_server(("127.0.0.1", 5011))
greeting = b"hello\n"


class Echo(threading.Thread):
    def __init__(self, sock):
        super().__init__(daemon=True)
        self.sock = sock

    def run(self):
        self.sock.sendall(greeting)
        data = self.sock.recv(1024)
        self.sock.sendall(data)


while True:
    conn, addr = server.accept()
    Echo(conn).start()
