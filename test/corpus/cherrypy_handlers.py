"""CherryPy runs the exposed methods of the mounted object on its pool of request threads (positive: GIL001 once, GIL004 once)."""
import cherrypy


class Shortener:
    def __init__(self):
        self.links = {}
        self.created = 0

    @cherrypy.expose
    def shorten(self, url):
        self.created += 1  # expect: GIL001
        code = f"s{len(url)}"
        if code not in self.links:  # expect: GIL004
            self.links[code] = url
        return code

    @cherrypy.expose
    def index(self):
        return "ok"


cherrypy.quickstart(Shortener())
