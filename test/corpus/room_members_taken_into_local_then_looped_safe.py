"""The same chat server, but every change of a room's list holds the lock, and the sender loops over a
copy of the list taken under it: a member who leaves meanwhile changes the list, not the copy
(negative)."""
import socket
import threading

rooms = {}
rooms_lock = threading.Lock()


def enter(room, conn):
    with rooms_lock:
        rooms.setdefault(room, []).append(conn)


def leave(room, conn):
    with rooms_lock:
        members = rooms.get(room)
        if members is None:
            return
        members.remove(conn)
    conn.close()


def broadcast(room, text):
    with rooms_lock:
        members = list(rooms.get(room, ()))
    for member in members:
        member.sendall(text)


def client_thread(conn):
    room = conn.recv(16).decode().strip()
    enter(room, conn)
    while True:
        text = conn.recv(1024)
        if not text:
            leave(room, conn)
            break
        broadcast(room, text)


def serve(port=9100):
    listener = socket.create_server(("127.0.0.1", port))
    while True:
        conn, _ = listener.accept()
        threading.Thread(target=client_thread, args=(conn,), daemon=True).start()


if __name__ == "__main__":
    serve()
