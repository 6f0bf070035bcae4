"""Request flags handled safely: cleared as it is taken, before the work (a request made during the
work is kept for the next round); the test, the work and the clear under the lock the request takes
too; a flag raised just before the thread starts (the start, not a request)."""
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
                self.rescan_requested = False
                self.library.scan()
            time.sleep(1)


class LockedIndexer(threading.Thread):
    def __init__(self, library):
        super().__init__(daemon=True)
        self.library = library
        self.rescan_requested = False
        self.lock = threading.Lock()

    def request_rescan(self):
        with self.lock:
            self.rescan_requested = True

    def run(self):
        while True:
            with self.lock:
                if self.rescan_requested:
                    self.library.scan()
                    self.rescan_requested = False
            time.sleep(1)


class Spinner:
    def __init__(self):
        self.spinning = False
        self.thread = None

    def __enter__(self):
        self.thread = threading.Thread(target=self.spin, daemon=True)
        self.spinning = True
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.spinning = False
        self.thread.join()

    def spin(self):
        while True:
            if self.spinning:
                print(".", end="", flush=True)
                time.sleep(0.1)
                self.spinning = False


def serve(library, app):
    for kind in (Indexer, LockedIndexer):
        indexer = kind(library)
        indexer.start()
        app.route("/rescan", indexer.request_rescan)
