"""Stream handlers wait on a Condition for each new frame in an endless loop; the camera side notifies on every frame (negative).

A notify a handler misses costs it one frame: the next frame notifies again.
"""
import threading
import time
from http import server
from socketserver import ThreadingMixIn


class FrameBuffer:
    def __init__(self):
        self.frame = b""
        self.ready = threading.Condition()

    def write(self, data):
        with self.ready:
            self.frame = data
            self.ready.notify_all()


frames = FrameBuffer()


class StreamHandler(server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.end_headers()
        while True:
            with frames.ready:
                frames.ready.wait()
                frame = frames.frame
            self.wfile.write(frame)


class StreamServer(ThreadingMixIn, server.HTTPServer):
    daemon_threads = True


def camera():
    n = 0
    while True:
        frames.write(b"frame %d" % n)
        n += 1
        time.sleep(0.04)


threading.Thread(target=camera, daemon=True).start()
StreamServer(("127.0.0.1", 8090), StreamHandler).serve_forever()
