"""A chat server's handler threads ask a helper that goes through the rooms whether a room exists, and
make it when the helper finds none: two clients joining a new room at once both make it (positive:
GIL004 once)."""
import socket
import threading


class Room:
    def __init__(self, name, topic):
        self.name = name
        self.topic = topic
        self.members = []


class ChatServer:
    def __init__(self):
        self.rooms = []

    def find_room(self, name):
        for room in self.rooms:
            if room.name == name:
                return room
        return None

    def join(self, name, conn):
        if self.find_room(name) == None:  # expect: GIL004
            room = Room(name, "welcome")
            self.rooms.append(room)
        conn.sendall(f"joined {name}\n".encode())

    def handle(self, conn):
        self.join(conn.recv(64).decode().strip(), conn)

    def serve(self, port):
        server = socket.create_server(("0.0.0.0", port))
        while True:
            conn, _ = server.accept()
            threading.Thread(target=self.handle, args=(conn,), daemon=True).start()
