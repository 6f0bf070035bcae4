"""A game server's client threads store their player's state and send everyone's back, pickled through a
local that names the shared dict: other threads add and remove players meanwhile (positive)."""
import pickle
import socket
import threading

players = {}


def serve(conn, pid):
    players[pid] = {"x": 0, "y": 0}
    while True:
        data = conn.recv(4096)
        if not data:
            break
        players[pid] = pickle.loads(data)
        everyone = players
        conn.sendall(pickle.dumps(everyone))  # expect: GIL004
    del players[pid]
    conn.close()


def main():
    listener = socket.create_server(("localhost", 5555))
    pid = 0
    while True:
        conn, _ = listener.accept()
        threading.Thread(target=serve, args=(conn, pid), daemon=True).start()
        pid += 1
