"""A request flag an object's own thread tests, acts on, and clears only after the work, while a
method called from the web threads raises it: a request made during the work is cleared with the one
already served, and never acted on (positive)."""
import threading
import time


class Indexer(threading.Thread):
    def __init__(self, library):
        super().__init__(daemon=True)
        self.library = library
        self.rescan_requested = False

    def request_rescan(self):
        self.rescan_requested = True

    def run(self):
        while True:
            if self.rescan_requested:
                self.library.scan()
                self.library.save()
                self.rescan_requested = False  # expect: GIL004
            time.sleep(1)


def serve(library, app):
    indexer = Indexer(library)
    indexer.start()
    app.route("/rescan", indexer.request_rescan)
