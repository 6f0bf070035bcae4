"""The lobby of closures with one lock of the object over every add, listing and drop of a player; a
second lobby starts its one scoreboard closure once, from a closure called once (negative)."""
import socket
import threading
import time


class Lobby:
    def __init__(self, port):
        self.port = port
        self.players = {}
        self.lock = threading.Lock()

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
            with self.lock:
                self.players[name] = conn

        def show(conn):
            with self.lock:
                names = list(self.players)
            for name in names:
                conn.sendall(f"{name}\n".encode())

        def drop(conn):
            with self.lock:
                for name in list(self.players):
                    if self.players[name] is conn:
                        del self.players[name]

        accept_forever()


class Scoreboard:
    def __init__(self):
        self.scores = {}

    def run(self):
        def start_ticker():
            threading.Thread(target=tick, daemon=True).start()

        def tick():
            while True:
                self.scores["ticks"] = self.scores.get("ticks", 0) + 1
                time.sleep(1)

        start_ticker()


if __name__ == "__main__":
    Scoreboard().run()
    Lobby(7000).run()
