"""The quiz host's server without ThreadingMixIn: it serves one connection after another, on the thread that calls serve_forever()."""
import socketserver


class BuzzerServer(socketserver.TCPServer):
    allow_reuse_address = True

    def __init__(self, address, handler):
        super().__init__(address, handler)
        self.scores = {}
        self.buzzes = 0
