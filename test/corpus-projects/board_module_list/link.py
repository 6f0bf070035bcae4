import threading

import board


class Link(threading.Thread):
    """One per connected terminal: forwards each line it reads to every other terminal."""

    def __init__(self, conn, label):
        super().__init__(daemon=True)
        self.conn = conn
        self.label = label

    def forward(self, line):
        for other in board.links:  # expect: GIL004
            if other is not self.conn:
                other.sendall(line)

    def run(self):
        while True:
            line = self.conn.recv(512)
            if not line or line.strip() == b"bye":
                board.links.remove(self.conn)
                self.conn.close()
                for other in board.links:  # expect: GIL004
                    other.sendall(self.label.encode() + b" left\n")
                return
            self.forward(self.label.encode() + b": " + line)
