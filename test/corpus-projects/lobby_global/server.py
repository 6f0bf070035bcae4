"""One thread per client, all on the module's one Lobby; the tick thread runs twice, both on one Scoreboard."""
import socket
import threading
from _thread import start_new_thread

from lobby import Lobby
from tally import *

room = Lobby(seats=4)
board = Scoreboard()


def per_client(conn, name):
    room.join(name, conn)
    if conn.recv(16) == b"ready":
        room.vote()


def tick():
    while True:
        board.score(1)


def serve(port):
    listener = socket.create_server(("", port))
    threading.Thread(target=tick, daemon=True).start()
    threading.Thread(target=tick, daemon=True).start()
    while True:
        conn, addr = listener.accept()
        start_new_thread(per_client, (conn, str(addr)))
