"""A record kept as a tuple in a dict attribute, unpacked into locals, changed, and packed back by connection threads (positive)."""
import socket
import threading


class Arena:
    def __init__(self):
        self.fighters = {}
        self.listener = socket.create_server(("127.0.0.1", 9100))

    def strike(self, target, power):
        if target in self.fighters:
            name, armour, health = self.fighters[target]
            health = max(health - max(power - armour, 0), 0)
            self.fighters[target] = (name, armour, health)  # expect: GIL001

    def session(self, conn):
        for line in conn.makefile():
            target, power = line.split()
            self.strike(target, int(power))

    def serve(self):
        while True:
            conn, _ = self.listener.accept()
            threading.Thread(target=self.session, args=(conn,), daemon=True).start()


if __name__ == "__main__":
    Arena().serve()
