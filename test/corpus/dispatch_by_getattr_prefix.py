"""A line-protocol server whose handler turns each command into a method name with getattr: every handle_* method runs on the per-client threads (positive: GIL004, GIL001)."""
import socketserver


class LobbyHandler(socketserver.StreamRequestHandler):
    def handle(self):
        self.name = None
        for raw in self.rfile:
            verb, _, rest = raw.decode().strip().partition(" ")
            action = getattr(self, f"handle_{verb.lower()}", None)
            if action is None:
                self.wfile.write(b"?\n")
                continue
            action(rest)

    def handle_name(self, wanted):
        if wanted in self.server.players:  # expect: GIL004
            self.wfile.write(b"taken\n")
            return
        self.server.players[wanted] = self
        self.name = wanted

    def handle_score(self, points):
        self.server.total += int(points)  # expect: GIL001


class Lobby(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True

    def __init__(self, address):
        super().__init__(address, LobbyHandler)
        self.players = {}
        self.total = 0


if __name__ == "__main__":
    Lobby(("127.0.0.1", 7070)).serve_forever()
