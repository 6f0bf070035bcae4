"""An object bound by `with … as` around the main program, changed by handler threads under its lock (negative)."""
import socketserver
import threading
from http import server


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.recording = False
        self.viewers = 0

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.recording = False


class Handler(server.BaseHTTPRequestHandler):
    def do_GET(self):
        with recorder.lock:
            if not recorder.recording:
                recorder.recording = True
            recorder.viewers += 1
        self.send_response(200)
        self.end_headers()


class Server(socketserver.ThreadingMixIn, server.HTTPServer):
    daemon_threads = True


with Recorder() as recorder:
    Server(("", 8000), Handler).serve_forever()
