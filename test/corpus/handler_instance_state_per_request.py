"""A handler on a threading server keeps its counters on self, and each request gets its own handler instance (negative)."""
import socketserver


class LineCounter(socketserver.StreamRequestHandler):
    def setup(self):
        super().setup()
        self.lines = 0
        self.seen = set()

    def handle(self):
        for line in self.rfile:
            self.lines += 1
            if line not in self.seen:
                self.seen.add(line)
        self.wfile.write(str(self.lines).encode())


if __name__ == "__main__":
    socketserver.ThreadingTCPServer(("127.0.0.1", 0), LineCounter).serve_forever()
