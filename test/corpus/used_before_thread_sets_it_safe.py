"""Methods the object's users call on what the thread sets up, made safe (negative).

The thread says when it is ready; the method tests for None (and sets a flag the thread tests once it
has made the server, so a stop made first is not lost); `__init__` makes it; a Timer that the
start method makes and the callback makes again.
"""
import threading
from http.server import HTTPServer, SimpleHTTPRequestHandler


class ReadyShare:
    def __init__(self, port):
        self.port = port
        self.ready = threading.Event()

    def _serve(self):
        self.httpd = HTTPServer(("", self.port), SimpleHTTPRequestHandler)
        self.ready.set()
        self.httpd.serve_forever()

    def start(self):
        threading.Thread(target=self._serve, daemon=True).start()
        self.ready.wait()

    def stop(self):
        self.httpd.shutdown()


class CheckedShare:
    def __init__(self, port):
        self.port = port
        self.httpd = None
        self.stopped = False
        self.lock = threading.Lock()

    def _serve(self):
        httpd = HTTPServer(("", self.port), SimpleHTTPRequestHandler)
        with self.lock:
            if self.stopped:
                httpd.server_close()
                return
            self.httpd = httpd
        httpd.serve_forever()

    def start(self):
        threading.Thread(target=self._serve, daemon=True).start()

    def stop(self):
        with self.lock:
            self.stopped = True
            if self.httpd is not None:
                self.httpd.shutdown()


class MadeFirst:
    def __init__(self, port):
        self.httpd = HTTPServer(("", port), SimpleHTTPRequestHandler)

    def _serve(self):
        self.httpd.serve_forever()

    def start(self):
        threading.Thread(target=self._serve, daemon=True).start()

    def stop(self):
        self.httpd.shutdown()


class Heartbeat:
    def __init__(self, every):
        self.every = every
        self.beats = 0
        self.lock = threading.Lock()

    def _beat(self):
        self.beats += 1
        self.start()

    def start(self):
        with self.lock:
            self.timer = threading.Timer(self.every, self._beat)
            self.timer.start()

    def stop(self):
        with self.lock:
            self.timer.cancel()


for share in (ReadyShare(8001), CheckedShare(8002), MadeFirst(8003)):
    share.start()
    share.stop()
beat = Heartbeat(1.0)
beat.start()
beat.stop()
