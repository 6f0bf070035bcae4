"""A per-connection handler with a send lock (other connections' threads send through it): its handshake flag is only ever touched by its own request's thread (negative)."""
import socketserver
import threading


class Hub(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True
    allow_reuse_address = True


class PeerHandler(socketserver.StreamRequestHandler):
    def setup(self):
        super().setup()
        self._send_lock = threading.Lock()
        self.greeted = False
        self.open = True

    def handle(self):
        while self.open:
            if not self.greeted:
                self.greet()
            else:
                line = self.rfile.readline()
                self.open = bool(line)

    def greet(self):
        with self._send_lock:
            self.greeted = self.request.sendall(b"hello\n") is None

    def send(self, payload):
        with self._send_lock:
            self.request.sendall(payload)


if __name__ == "__main__":
    with Hub(("127.0.0.1", 9400), PeerHandler) as hub:
        hub.serve_forever()
