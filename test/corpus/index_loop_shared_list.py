"""Relay threads that walk the shared list of peers by index and delete the ones that fail (positive: shape 2)."""
import socket
import threading

peers = []


def relay(conn):
    while True:
        data = conn.recv(1024)
        if not data:
            break
        for i in range(len(peers)):  # expect: GIL004
            try:
                peers[i].sendall(data)
            except OSError:
                del peers[i]


def serve(listener):
    while True:
        conn, _ = listener.accept()
        peers.append(conn)
        threading.Thread(target=relay, args=(conn,), daemon=True).start()


if __name__ == "__main__":
    serve(socket.create_server(("127.0.0.1", 7073)))
