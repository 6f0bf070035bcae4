"""Relay threads that walk a copy of the peer list taken under its lock, and delete under that lock (negative)."""
import socket
import threading

peers = []
peers_lock = threading.Lock()


def relay(conn):
    while True:
        data = conn.recv(1024)
        if not data:
            break
        with peers_lock:
            snapshot = list(peers)
        for i in range(len(snapshot)):
            try:
                snapshot[i].sendall(data)
            except OSError:
                with peers_lock:
                    if snapshot[i] in peers:
                        peers.remove(snapshot[i])


def count_ready(flags):
    ready = 0
    for i in range(len(flags)):
        if flags[i]:
            ready += 1
    return ready


def serve(listener):
    while True:
        conn, _ = listener.accept()
        with peers_lock:
            peers.append(conn)
        threading.Thread(target=relay, args=(conn,), daemon=True).start()


if __name__ == "__main__":
    serve(socket.create_server(("127.0.0.1", 7073)))
