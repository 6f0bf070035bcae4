"""A room's method registers a client and starts its thread with it; that thread removes only its own client, which no other thread is handed (negative: no findings)."""
import threading


class Room:
    def __init__(self):
        self.members = []
        self.sockets = []

    def admit(self, sock, member):
        self.members.append(member)
        self.sockets.append(sock)
        threading.Thread(target=self.serve, args=(sock, member), daemon=True).start()

    def serve(self, sock, member):
        while sock.recv(256):
            pass
        if member in self.members:
            self.members.remove(member)
        if sock in self.sockets:
            self.sockets.remove(sock)


room = Room()


def accept_forever(listener):
    while True:
        sock, address = listener.accept()
        room.admit(sock, str(address))
