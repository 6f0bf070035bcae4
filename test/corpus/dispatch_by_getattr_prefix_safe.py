"""The same getattr dispatch with the server's lock held over each test and update; and a dispatcher in a plain TCPServer, which serves one client at a time (negative)."""
import socketserver
import threading


class LobbyHandler(socketserver.StreamRequestHandler):
    def handle(self):
        for raw in self.rfile:
            verb, _, rest = raw.decode().strip().partition(" ")
            action = getattr(self, "handle_" + verb.lower(), None)
            if action is not None:
                action(rest)

    def handle_name(self, wanted):
        with self.server.lock:
            if wanted in self.server.players:
                self.wfile.write(b"taken\n")
                return
            self.server.players[wanted] = self

    def handle_score(self, points):
        with self.server.lock:
            self.server.total += int(points)


class Lobby(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True

    def __init__(self, address):
        super().__init__(address, LobbyHandler)
        self.lock = threading.Lock()
        self.players = {}
        self.total = 0


class EchoHandler(socketserver.StreamRequestHandler):
    def handle(self):
        for raw in self.rfile:
            verb, _, rest = raw.decode().strip().partition(" ")
            getattr(self, "do_%s" % verb, self.do_unknown)(rest)

    def do_count(self, rest):
        self.server.seen += 1

    def do_unknown(self, rest):
        self.wfile.write(rest.encode())


class OneAtATime(socketserver.TCPServer):
    def __init__(self, address):
        super().__init__(address, EchoHandler)
        self.seen = 0


if __name__ == "__main__":
    threading.Thread(target=Lobby(("127.0.0.1", 7070)).serve_forever, daemon=True).start()
    OneAtATime(("127.0.0.1", 7071)).serve_forever()
