"""I/O-bound work: each call waits for a (local, slow) web server.

No internet needed: the first call starts a small HTTP server on 127.0.0.1 inside this process,
whose every answer takes DELAY seconds, the way a distant server would. While a thread waits for
the socket it holds no GIL, so other threads run and the waits overlap.
"""
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DELAY = 0.2  # seconds the server takes to answer, standing in for the network

_server_lock = threading.Lock()
_server_url = None


class SlowHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(DELAY)
        body = b"hello from a slow server\n"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass  # keep the output quiet


def local_server_url():
    """Starts the slow server once per process (threads may ask at the same time, hence the lock)."""
    global _server_url
    with _server_lock:
        if _server_url is None:
            server = ThreadingHTTPServer(("127.0.0.1", 0), SlowHandler)
            threading.Thread(target=server.serve_forever, daemon=True).start()
            _server_url = "http://127.0.0.1:%d/" % server.server_address[1]
        return _server_url


def fetch():
    with urllib.request.urlopen(local_server_url(), timeout=10) as answer:
        return len(answer.read())


if __name__ == "__main__":
    start = time.perf_counter()
    for _ in range(4):
        fetch()
    print(f"serial, 4 fetches:    {time.perf_counter() - start:.2f} s")

    start = time.perf_counter()
    threads = [threading.Thread(target=fetch) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"4 threads, 4 fetches: {time.perf_counter() - start:.2f} s")
