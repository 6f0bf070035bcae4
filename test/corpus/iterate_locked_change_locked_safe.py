"""The same relay with every change of the members under their lock, one of them taken with acquire()/release() (negative)."""
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
                for other in members:
                    if other is not conn:
                        other.sendall(data)
        except OSError:
            members_lock.acquire()
            members.discard(conn)
            members_lock.release()
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
