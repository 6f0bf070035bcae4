"""An accept loop counts connections up with no lock while the connection threads count down under one (positive: the lock is on one side only)."""
import socket
import threading

open_connections = 0
count_lock = threading.Lock()


def serve(conn):
    global open_connections
    try:
        conn.sendall(conn.recv(1024))
    finally:
        conn.close()
        with count_lock:
            open_connections -= 1


def accept_forever(port):
    global open_connections
    listener = socket.create_server(("127.0.0.1", port))
    while True:
        conn, _ = listener.accept()
        open_connections += 1  # expect: GIL001
        threading.Thread(target=serve, args=(conn,), daemon=True).start()


if __name__ == "__main__":
    accept_forever(9600)
