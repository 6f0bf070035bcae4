"""A class that sends on its socket under a lock in one place only, while other methods test the socket and use it, and close() sets it to None: the lock says the handle is shared (positive: GIL004 twice)."""
import threading


class Transport:
    def __init__(self, sock):
        self.socket = sock
        self.send_lock = threading.Lock()

    def send(self, frame):
        if self.socket is not None:  # expect: GIL004
            with self.send_lock:
                self.socket.sendall(frame)

    def keepalive(self):
        if self.socket is not None:  # expect: GIL004
            self.socket.sendall(b"\n")

    def describe(self):
        return "open" if self.socket else "closed"

    def close(self):
        self.socket = None
