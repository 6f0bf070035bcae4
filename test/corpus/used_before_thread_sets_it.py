"""Methods the object's users call that use what only the thread's own code sets up (positive).

Called before the thread gets there, they fail with AttributeError.
"""
import socketserver
import threading
from http.server import HTTPServer, SimpleHTTPRequestHandler

from pynput.keyboard import Listener


class HotKeys(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.pressed = set()
        self.start()

    def on_press(self, key):
        self.pressed.add(key)

    def run(self):
        self.listener = Listener(on_press=self.on_press)
        self.listener.start()
        self.listener.join()

    def quit(self):
        self.listener.stop()  # expect: GIL006


class FileShare:
    def __init__(self, port):
        self.port = port
        self.httpd = None

    def _serve(self):
        self.httpd = HTTPServer(("", self.port), SimpleHTTPRequestHandler)
        self.httpd.serve_forever()

    def start(self):
        threading.Thread(target=self._serve, daemon=True).start()

    def stop(self):
        self.httpd.shutdown()  # expect: GIL006


keys = HotKeys()
share = FileShare(8000)
share.start()
share.stop()
keys.quit()
