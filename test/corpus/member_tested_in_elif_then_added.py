"""Request handlers register a nickname after an `elif name in taken:` test, in the `else` (positive: GIL004 once)."""
import socketserver


class LobbyServer(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True


taken = []


class LobbyHandler(socketserver.StreamRequestHandler):
    def handle(self):
        while True:
            name = self.rfile.readline().decode().strip()
            if not name:
                self.wfile.write(b"type a name\n")
            elif name in taken:  # expect: GIL004
                self.wfile.write(b"that name is taken\n")
            else:
                taken.append(name)
                break
        self.wfile.write(f"welcome {name}\n".encode())


if __name__ == "__main__":
    with LobbyServer(("127.0.0.1", 9099), LobbyHandler) as server:
        server.serve_forever()
