"""The same six.moves test server, with the hit counter taken under the stub's lock (negative)."""
import threading

from six.moves.BaseHTTPServer import BaseHTTPRequestHandler
from six.moves.socketserver import TCPServer, ThreadingMixIn


class Stub(object):
    def __init__(self):
        self.hits = 0
        self.lock = threading.Lock()
        self.body = b"ok"


class StubServer(ThreadingMixIn, TCPServer):
    def __init__(self, address, handler, stub):
        TCPServer.__init__(self, address, handler)
        self.stub = stub


class StubHandler(BaseHTTPRequestHandler):
    def _serve(self):
        stub = self.server.stub
        with stub.lock:
            stub.hits += 1
        self.send_response(200)
        self.end_headers()
        self.wfile.write(stub.body)

    do_GET = _serve
    do_POST = _serve


def run(port):
    StubServer(("127.0.0.1", port), StubHandler, Stub()).serve_forever()
