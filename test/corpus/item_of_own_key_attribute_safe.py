"""A login server that keeps a record per connection, keyed by the socket accept() gave that client's
thread: each thread tests and sets only its own record's password (negative)."""
import socket
import threading

records = {}


class Record:
    def __init__(self):
        self.password = None
        self.nick = None


def serve(conn):
    while True:
        line = conn.recv(128).decode().strip()
        if not line:
            break
        if records[conn].password is None:
            records[conn].password = line
        elif records[conn].nick is None:
            records[conn].nick = line


def accept_forever(server):
    while True:
        conn, _ = server.accept()
        records[conn] = Record()
        threading.Thread(target=serve, args=(conn,), daemon=True).start()


if __name__ == "__main__":
    accept_forever(socket.create_server(("", 7001)))
