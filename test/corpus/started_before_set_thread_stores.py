"""A fetcher thread starts itself in `__init__` and then marks itself not failed: when the work fails
at once, the thread has already stored `failed = True`, and the later line in `__init__` overwrites it
(positive). The listener thread that first waits for a client in `accept()` reads the list that
`__init__` sets after the start only once a client comes, long after (negative)."""
import socket
import threading


class Fetch(threading.Thread):
    def __init__(self, source):
        threading.Thread.__init__(self)
        self.source = source
        self.start()
        self.failed = False  # expect: GIL006

    def run(self):
        try:
            self.data = int(self.source)
        except ValueError:
            self.failed = True


class Listener:
    def __init__(self, port):
        self.server = socket.create_server(("", port))
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()
        self.peers = []

    def serve(self):
        while True:
            conn, _ = self.server.accept()
            self.peers.append(conn)


jobs = [Fetch(s) for s in ("1", "two", "3")]
