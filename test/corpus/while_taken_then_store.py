"""A chat server asks each new client for a nickname until it finds one not taken, then registers
it: two clients that ask for the same free name both leave the loop, and the later store
overwrites the first (positive). The room picker that renames under the lock is left alone
(negative)."""
import socket
import threading

clients = {}
rooms = {}
rooms_lock = threading.Lock()


def session(conn):
    nick = conn.recv(64).decode().strip()
    while nick in clients:  # expect: GIL004
        conn.sendall(b"taken, another: ")
        nick = conn.recv(64).decode().strip()
    clients[nick] = conn
    room = "lobby"
    with rooms_lock:
        while room in rooms:
            room = room + "+"
        rooms[room] = nick


def serve(port):
    listener = socket.create_server(("", port))
    while True:
        conn, _ = listener.accept()
        threading.Thread(target=session, args=(conn,)).start()
