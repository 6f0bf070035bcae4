"""A chat relay goes through the members under their lock, but a failed connection is dropped without it (positive)."""
import socket
import threading

members = set()
members_lock = threading.Lock()


def relay(conn):
    while True:
        try:
            data = conn.recv(4096)
            if not data:
                break
            with members_lock:
                for other in members:  # expect: GIL004
                    if other is not conn:
                        other.sendall(data)
        except OSError:
            members.discard(conn)
            break
    conn.close()


def accept(server):
    while True:
        conn, _ = server.accept()
        with members_lock:
            members.add(conn)
        threading.Thread(target=relay, args=(conn,), daemon=True).start()


if __name__ == "__main__":
    accept(socket.create_server(("127.0.0.1", 9300)))
