"""Request handlers of a threading server reach the one server object through `self.server`: its counter and its registry are shared by every request's thread (positive: GIL001 twice, GIL004 once)."""
import socketserver


class Hub(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True

    def __init__(self, address, handler):
        super().__init__(address, handler)
        self.next_id = 0
        self.members = []
        self.bytes_in = 0

    def admit(self, handler):
        self.next_id += 1  # expect: GIL001
        self.members.append(handler)
        return self.next_id

    def leave(self, handler):
        if handler in self.members:  # expect: GIL004
            self.members.remove(handler)


class MemberHandler(socketserver.StreamRequestHandler):
    def handle(self):
        self.server.admit(self)
        for line in self.rfile:
            self.server.bytes_in += len(line)  # expect: GIL001

    def finish(self):
        self.server.leave(self)
        super().finish()


if __name__ == "__main__":
    with Hub(("127.0.0.1", 0), MemberHandler) as hub:
        hub.handle_request()
