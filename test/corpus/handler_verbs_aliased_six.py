"""A test server built on six.moves' ThreadingMixIn whose handler serves every verb with one method (`do_GET = _serve`): each request runs it on its own thread, and the hit counter on the server's object loses updates (positive: GIL001)."""
from six.moves.BaseHTTPServer import BaseHTTPRequestHandler
from six.moves.socketserver import TCPServer, ThreadingMixIn


class Stub(object):
    def __init__(self):
        self.hits = 0
        self.body = b"ok"


class StubServer(ThreadingMixIn, TCPServer):
    def __init__(self, address, handler, stub):
        TCPServer.__init__(self, address, handler)
        self.stub = stub


class StubHandler(BaseHTTPRequestHandler):
    def _serve(self):
        stub = self.server.stub
        stub.hits += 1  # expect: GIL001
        self.send_response(200)
        self.end_headers()
        self.wfile.write(stub.body)

    do_GET = _serve
    do_POST = _serve


def run(port):
    StubServer(("127.0.0.1", port), StubHandler, Stub()).serve_forever()
