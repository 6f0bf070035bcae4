"""The same server, with the adds and a copy of the peers taken under one lock (negative)."""
import socket
import threading


class Broadcaster:
    def __init__(self, port):
        self.listener = socket.create_server(("127.0.0.1", port))
        self.peers = {}
        self.peers_lock = threading.Lock()
        self.accepting = True

    def start(self):
        threading.Thread(target=self.accept_loop, daemon=True).start()

    def accept_loop(self):
        while self.accepting:
            conn, addr = self.listener.accept()
            with self.peers_lock:
                self.peers[conn] = addr

    def tell(self, address, text):
        with self.peers_lock:
            peers = list(self.peers.items())
        for conn, addr in peers:
            if addr == address:
                conn.sendall(text.encode())

    def tell_all(self, text):
        with self.peers_lock:
            for conn in self.peers:
                conn.sendall(text.encode())


caster = Broadcaster(5009)
caster.start()
caster.tell(("127.0.0.1", 40000), "hello")
caster.tell_all("bye")
