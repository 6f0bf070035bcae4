"""The same record, unpacked and packed back under one lock, and a second dict only one thread writes (negative)."""
import socket
import threading


class Arena:
    def __init__(self):
        self.fighters = {}
        self.fighters_lock = threading.Lock()
        self.listener = socket.create_server(("127.0.0.1", 9100))

    def strike(self, target, power):
        with self.fighters_lock:
            if target in self.fighters:
                name, armour, health = self.fighters[target]
                health = max(health - max(power - armour, 0), 0)
                self.fighters[target] = (name, armour, health)

    def session(self, conn):
        for line in conn.makefile():
            target, power = line.split()
            self.strike(target, int(power))

    def serve(self):
        while True:
            conn, _ = self.listener.accept()
            threading.Thread(target=self.session, args=(conn,), daemon=True).start()


class Scoreboard:
    """Filled by one recorder thread; read only after it is joined."""

    def __init__(self):
        self.rows = {}

    def record(self, results):
        for who, points in results:
            rank, total = self.rows.get(who, (0, 0))
            self.rows[who] = (rank, total + points)


board = Scoreboard()
recorder = threading.Thread(target=board.record, args=([("ann", 3), ("bo", 5)],))
recorder.start()
recorder.join()
print(board.rows)
