"""A listener's thread loops while its socket is set and uses it, while stop() sets it to None (positive: GIL004 once)."""
import socket
import threading


class Listener:
    def __init__(self, port):
        self.port = port
        self.sock = None

    def start(self):
        self.sock = socket.create_server(("127.0.0.1", self.port))
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self):
        while self.sock is not None:  # expect: GIL004
            conn, _ = self.sock.accept()
            conn.close()

    def stop(self):
        sock = self.sock
        self.sock = None
        sock.close()


listener = Listener(5014)
listener.start()
listener.stop()
