"""An http.server handler keeps a per-path hit table in its class body, reached through self on every request of a ThreadingHTTPServer (positive: one table for all handler instances)."""
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class StatsHandler(BaseHTTPRequestHandler):
    hits = {}
    banned = set()

    def do_GET(self):
        if self.client_address[0] in self.banned:
            self.send_error(403)
            return
        self.hits[self.path] = self.hits.get(self.path, 0) + 1  # expect: GIL001
        self.send_response(200)
        self.end_headers()

    def do_POST(self):
        ip = self.client_address[0]
        if ip in self.banned:  # expect: GIL004
            return
        self.banned.add(ip)
        self.send_response(204)
        self.end_headers()


if __name__ == "__main__":
    ThreadingHTTPServer(("127.0.0.1", 0), StatsHandler).serve_forever()
