"""CherryPy handlers that change shared state under the object's lock (negative)."""
import threading

import cherrypy


class Shortener:
    def __init__(self):
        self.lock = threading.Lock()
        self.links = {}
        self.created = 0

    @cherrypy.expose
    def shorten(self, url):
        code = f"s{len(url)}"
        with self.lock:
            self.created += 1
            if code not in self.links:
                self.links[code] = url
        return code


cherrypy.quickstart(Shortener())
