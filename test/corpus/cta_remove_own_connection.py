"""Each connection's thread removes its own connection from the shared rooms when it leaves: no other thread holds that object, so no two can both find it (negative)."""
import socket
import threading

rooms = {"lobby": set(), "games": set()}
rooms_lock = threading.Lock()


def serve(conn, addr):
    with rooms_lock:
        rooms["lobby"].add(conn)
    try:
        conn.recv(1024)
    finally:
        for name in list(rooms):
            if conn in rooms[name]:
                rooms[name].remove(conn)
        conn.close()


def main():
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    while True:
        conn, addr = server.accept()
        threading.Thread(target=serve, args=(conn, addr), daemon=True).start()
