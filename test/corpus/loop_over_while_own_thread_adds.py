"""A server's accept thread adds clients to a dict; a method its users call loops over that dict (positive: GIL004 once)."""
import socket
import threading


class Broadcaster:
    def __init__(self, port):
        self.listener = socket.create_server(("127.0.0.1", port))
        self.peers = {}
        self.accepting = True

    def start(self):
        threading.Thread(target=self.accept_loop, daemon=True).start()

    def accept_loop(self):
        while self.accepting:
            conn, addr = self.listener.accept()
            self.peers[conn] = addr

    def tell(self, address, text):
        for conn, addr in self.peers.items():  # expect: GIL004
            if addr == address:
                conn.sendall(text.encode())


caster = Broadcaster(5008)
caster.start()
caster.tell(("127.0.0.1", 40000), "hello")
