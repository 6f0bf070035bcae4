"""A chat server that goes through a copy of its client list taken under the lock, and a log list that threads only append to (negative)."""
import socket
import threading

clients = []
clients_lock = threading.Lock()
lines = []


def broadcast(sender, data):
    with clients_lock:
        targets = list(clients)
    for c in targets:
        if c is not sender:
            c.sendall(data)
    for line in lines:
        print(line)


def serve(conn):
    try:
        while data := conn.recv(1024):
            lines.append(data)
            broadcast(conn, data)
    finally:
        with clients_lock:
            clients.remove(conn)


server = socket.create_server(("127.0.0.1", 9000))
while True:
    conn, _ = server.accept()
    with clients_lock:
        clients.append(conn)
    threading.Thread(target=serve, args=(conn,), daemon=True).start()
