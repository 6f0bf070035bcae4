"""The quiz host's server: one object that every contestant's connection sees as `self.server`."""
import socketserver


class BuzzerServer(socketserver.ThreadingMixIn, socketserver.TCPServer):
    allow_reuse_address = True

    def __init__(self, address, handler):
        super().__init__(address, handler)
        self.scores = {}
        self.buzzes = 0
