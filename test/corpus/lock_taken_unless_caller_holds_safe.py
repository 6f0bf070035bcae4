"""A removal that takes the table's lock unless its caller says it holds it already (`if not locked: lock.acquire()`), called both ways by connection threads (negative)."""
import socket
import threading


class Lobby:
    def __init__(self):
        self.players = {}
        self.players_lock = threading.Lock()
        self.listener = socket.create_server(("127.0.0.1", 9200))

    def drop(self, name, locked=False):
        if not locked:
            self.players_lock.acquire()
        if name in self.players:
            del self.players[name]
        if not locked:
            self.players_lock.release()

    def kick_idle(self, names):
        with self.players_lock:
            for name in names:
                self.drop(name, locked=True)

    def session(self, conn, name):
        with self.players_lock:
            self.players[name] = conn
        conn.recv(1024)
        self.drop(name)
        self.kick_idle([n for n in list(self.players) if n.startswith("idle")])

    def serve(self):
        count = 0
        while True:
            conn, _ = self.listener.accept()
            count += 1
            threading.Thread(target=self.session, args=(conn, f"p{count}"), daemon=True).start()


if __name__ == "__main__":
    Lobby().serve()
