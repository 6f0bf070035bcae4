"""Accepts terminals; each gets a Link thread of its own."""
import socket

import board
from link import Link


def serve(port=6060):
    listener = socket.create_server(("127.0.0.1", port))
    while True:
        conn, addr = listener.accept()
        board.links.append(conn)
        Link(conn, f"{addr[0]}:{addr[1]}").start()


if __name__ == "__main__":
    serve()
