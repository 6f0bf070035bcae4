import threading

import board


class Link(threading.Thread):
    """One per connected terminal: forwards each line to a copy of the list taken under the lock."""

    def __init__(self, conn, label):
        super().__init__(daemon=True)
        self.conn = conn
        self.label = label

    def forward(self, line):
        with board.links_lock:
            others = list(board.links)
        for other in others:
            if other is not self.conn:
                other.sendall(line)

    def run(self):
        while True:
            line = self.conn.recv(512)
            if not line or line.strip() == b"bye":
                with board.links_lock:
                    board.links.remove(self.conn)
                self.conn.close()
                self.forward(self.label.encode() + b" left\n")
                return
            self.forward(self.label.encode() + b": " + line)
