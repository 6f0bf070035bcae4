"""A threading socket server whose handler keeps its members in a dict made in the class body: one
dict for every request's thread. Going through its values to broadcast while another thread adds or
removes a member can fail with RuntimeError (positive); a list made the same way, gone through while
other threads only append, cannot (negative)."""
import socketserver


class LobbyHandler(socketserver.StreamRequestHandler):
    members = {}
    history = []

    def broadcast(self, line):
        for conn in self.members.values():  # expect: GIL004
            conn.sendall(line)

    def replay(self):
        for line in self.history:
            self.wfile.write(line)

    def handle(self):
        name = self.rfile.readline().strip()
        self.members[name] = self.request
        self.replay()
        for line in self.rfile:
            self.history.append(line)
            self.broadcast(line)
        self.members.pop(name, None)


class LobbyServer(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True


if __name__ == "__main__":
    with LobbyServer(("127.0.0.1", 0), LobbyHandler) as server:
        server.serve_forever()
