"""The server's state changed only under the server's own lock, from every request's thread (negative)."""
import socketserver
import threading


class Hub(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True

    def __init__(self, address, handler):
        super().__init__(address, handler)
        self.lock = threading.Lock()
        self.next_id = 0
        self.members = []

    def admit(self, handler):
        with self.lock:
            self.next_id += 1
            self.members.append(handler)
            return self.next_id

    def leave(self, handler):
        with self.lock:
            if handler in self.members:
                self.members.remove(handler)


class MemberHandler(socketserver.StreamRequestHandler):
    def handle(self):
        member_id = self.server.admit(self)
        self.wfile.write(f"{member_id}\n".encode())

    def finish(self):
        self.server.leave(self)
        super().finish()
