"""The same server pickling a copy made under the lock that guards every change (negative)."""
import pickle
import socket
import threading

players = {}
players_lock = threading.Lock()


def serve(conn, pid):
    with players_lock:
        players[pid] = {"x": 0, "y": 0}
    while True:
        data = conn.recv(4096)
        if not data:
            break
        with players_lock:
            players[pid] = pickle.loads(data)
            everyone = dict(players)
        conn.sendall(pickle.dumps(everyone))
    with players_lock:
        del players[pid]
    conn.close()


def main():
    listener = socket.create_server(("localhost", 5555))
    pid = 0
    while True:
        conn, _ = listener.accept()
        threading.Thread(target=serve, args=(conn, pid), daemon=True).start()
        pid += 1
