"""An object bound by `with … as` around the main program is one object for every handler thread (positive: GIL004 once, GIL001 once)."""
import socketserver
from http import server


class Recorder:
    def __init__(self):
        self.recording = False
        self.viewers = 0

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.recording = False


class Handler(server.BaseHTTPRequestHandler):
    def do_GET(self):
        if not recorder.recording:  # expect: GIL004
            print("recording starts")
            recorder.recording = True
        recorder.viewers += 1  # expect: GIL001
        self.send_response(200)
        self.end_headers()


class Server(socketserver.ThreadingMixIn, server.HTTPServer):
    daemon_threads = True


with Recorder() as recorder:
    Server(("", 8000), Handler).serve_forever()
