"""The same lobby with a lock made in the class body: changes to the members and the copy taken for
the broadcast both hold it, so the loop goes through a list no other thread changes (negative)."""
import socketserver
import threading


class LobbyHandler(socketserver.StreamRequestHandler):
    members = {}
    members_lock = threading.Lock()

    def broadcast(self, line):
        with self.members_lock:
            conns = list(self.members.values())
        for conn in conns:
            conn.sendall(line)

    def handle(self):
        name = self.rfile.readline().strip()
        with self.members_lock:
            self.members[name] = self.request
        for line in self.rfile:
            self.broadcast(line)
        with self.members_lock:
            self.members.pop(name, None)


class LobbyServer(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True


if __name__ == "__main__":
    with LobbyServer(("127.0.0.1", 0), LobbyHandler) as server:
        server.serve_forever()
