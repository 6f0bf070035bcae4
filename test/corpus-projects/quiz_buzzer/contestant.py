"""What the server does for each contestant's connection."""
import socketserver


class ContestantHandler(socketserver.StreamRequestHandler):
    def handle(self):
        name = self.rfile.readline().decode().strip()
        if name not in self.server.scores:  # expect: GIL004
            self.server.scores[name] = 0
        for line in self.rfile:
            if line.strip() == b"buzz":
                self.server.buzzes += 1  # expect: GIL001
                self.wfile.write(b"heard\n")
