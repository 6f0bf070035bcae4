"""The same chat server with the helper reading the socket kept on self (negative: each thread reads its own)."""
import socket
import threading

listener = socket.create_server(("127.0.0.1", 5011))
members = []


class Member(threading.Thread):
    def __init__(self, sock, address):
        super().__init__(daemon=True)
        self.sock = sock
        self.address = address

    def run(self):
        self.serve()
        self.sock.close()

    def serve(self):
        while True:
            line = self.sock.recv(256)
            if not line:
                return
            self.sock.sendall(b"echo: " + line)


while True:
    sock, address = listener.accept()
    member = Member(sock, address)
    members.append(member)
    member.start()
