"""Counts the pages a small site serves."""
from http.server import BaseHTTPRequestHandler

pages_served = 0
by_path = {}


class StatsHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        global pages_served
        pages_served += 1  # expect: GIL001
        by_path[self.path] = by_path.get(self.path, 0) + 1  # expect: GIL001
        body = f"{pages_served} pages\n".encode()
        self.send_response(200)
        self.end_headers()
        self.wfile.write(body)
