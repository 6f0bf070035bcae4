"""A chat server's handler threads ask a helper whether a room exists and make it when the helper finds
none, holding the server's lock over the question and the making (negative)."""
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
        self.rooms_lock = threading.Lock()

    def find_room(self, name):
        for room in self.rooms:
            if room.name == name:
                return room
        return None

    def join(self, name, conn):
        with self.rooms_lock:
            if self.find_room(name) == None:
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
