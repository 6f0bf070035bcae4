"""A socketserver handler on a threading server counts connections in a module global and registers nicknames in a module dict (positive: a thread per request)."""
import socketserver

connections = 0
nicknames = {}


class ChatHandler(socketserver.StreamRequestHandler):
    def handle(self):
        global connections
        connections += 1  # expect: GIL001
        nick = self.rfile.readline().strip()
        if nick not in nicknames:  # expect: GIL004
            nicknames[nick] = self.client_address
        self.wfile.write(b"welcome\n")


class ChatServer(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True


if __name__ == "__main__":
    with ChatServer(("127.0.0.1", 0), ChatHandler) as server:
        server.serve_forever()
