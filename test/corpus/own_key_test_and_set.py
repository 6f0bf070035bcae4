"""Per-client threads that test and set a dict slot: their own socket's slot is theirs alone, a name the client picks is not (positive: GIL004 once)."""
import socket
import threading

sessions = {}
users = {}


def serve(conn, addr):
    if conn not in sessions:
        sessions[conn] = {"addr": addr, "sent": 0}
    name = conn.recv(64).decode().strip()
    if name not in users:  # expect: GIL004
        users[name] = conn
        conn.sendall(b"welcome\n")
    else:
        conn.sendall(b"name taken\n")


def main():
    listener = socket.create_server(("127.0.0.1", 7171))
    while True:
        conn, addr = listener.accept()
        threading.Thread(target=serve, args=(conn, addr), daemon=True).start()
