"""Lists kept inside a module-level dict: looped over a copy taken under the lock that guards the removals, or only ever added to (negative)."""
import socket
import threading

rooms = {"lobby": {"members": [], "names": []}}
rooms_lock = threading.Lock()
log = {"lines": []}


def tell_room(room, text):
    with rooms_lock:
        members = list(rooms[room]["members"])
    for member in members:
        member.sendall(text)
    for line in log["lines"]:
        print(line)


def serve(room, conn):
    while True:
        data = conn.recv(512)
        if not data:
            with rooms_lock:
                rooms[room]["members"].remove(conn)
            conn.close()
            return
        log["lines"].append(data)
        tell_room(room, data)


def main():
    listener = socket.create_server(("127.0.0.1", 7070))
    while True:
        conn, _ = listener.accept()
        with rooms_lock:
            rooms["lobby"]["members"].append(conn)
        threading.Thread(target=serve, args=("lobby", conn), daemon=True).start()
