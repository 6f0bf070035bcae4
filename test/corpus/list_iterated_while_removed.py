"""A chat server goes through its client list while other client threads remove themselves from it (positive: GIL004 twice)."""
import socket
import threading

clients = []


class Registry:
    def __init__(self):
        self.members = []
        self.lock = threading.Lock()

    def leave(self, member):
        with self.lock:
            self.members.remove(member)


registry = Registry()


def broadcast(sender, data):
    for c in clients:  # expect: GIL004
        if c is not sender:
            c.sendall(data)
    for m in registry.members:  # expect: GIL004
        m.sendall(data)


def serve(conn):
    try:
        while data := conn.recv(1024):
            broadcast(conn, data)
    finally:
        clients.remove(conn)
        registry.leave(conn)


server = socket.create_server(("127.0.0.1", 9000))
while True:
    conn, _ = server.accept()
    clients.append(conn)
    threading.Thread(target=serve, args=(conn,), daemon=True).start()
