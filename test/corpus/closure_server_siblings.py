"""A game lobby written as closures inside one method: the accept loop calls a closure that starts a
sibling closure on a thread per player, and that one calls other siblings that add, list and drop
players in the method's `self.players`, with no lock."""
import socket
import threading


class Lobby:
    def __init__(self, port):
        self.port = port
        self.players = {}

    def run(self):
        server = socket.create_server(("", self.port))

        def accept_forever():
            while True:
                conn, _ = server.accept()
                welcome(conn)

        def welcome(conn):
            threading.Thread(target=play, args=(conn,), daemon=True).start()

        def play(conn):
            while True:
                line = conn.recv(256).decode().strip()
                if line.startswith("JOIN "):
                    join(line[5:], conn)
                elif line == "LIST":
                    show(conn)
                else:
                    drop(conn)
                    return

        def join(name, conn):
            self.players[name] = conn

        def show(conn):
            for name in self.players:  # expect: GIL004
                conn.sendall(f"{name}\n".encode())

        def drop(conn):
            for name in list(self.players):  # expect: GIL004
                if self.players[name] is conn:
                    del self.players[name]

        accept_forever()


if __name__ == "__main__":
    Lobby(7000).run()
