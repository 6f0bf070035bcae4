"""Each player thread is handed a number no other thread gets, and removes only its own entry (negative)."""
import socket
import threading

positions = {}


def serve_player(conn, player_id):
    while True:
        data = conn.recv(64)
        if not data:
            break
        positions[player_id] = data.decode()
    if player_id in positions:
        del positions[player_id]


def accept_players(listener):
    player_id = 0
    while True:
        conn, _ = listener.accept()
        positions[player_id] = ""
        threading.Thread(target=serve_player, args=(conn, player_id), daemon=True).start()
        player_id += 1


if __name__ == "__main__":
    accept_players(socket.create_server(("127.0.0.1", 7072)))
