"""An exporter whose thread marks itself busy as its first act, while the method that starts it waits,
right after start(), for the flag to drop (positive): the wait can come first, see False and report the
export done before it began. The importer sets its flag before it starts the thread (negative)."""
import threading
import time


class Exporter:
    def __init__(self, rows):
        self.rows = rows
        self.busy = False

    def export(self):
        worker = threading.Thread(target=self._write_all, daemon=True)
        worker.start()
        self.wait_until_done()

    def _write_all(self):
        """Writes every row, then says so."""
        self.busy = True  # expect: GIL006
        for row in self.rows:
            print("row", row)
        self.busy = False

    def wait_until_done(self):
        while self.busy:
            time.sleep(0.1)
        print("export finished")


class Importer:
    def __init__(self, paths):
        self.paths = paths
        self.loading = False

    def load(self):
        self.loading = True
        reader = threading.Thread(target=self._read_all, daemon=True)
        reader.start()
        self.report()

    def _read_all(self):
        self.loading = True
        for path in self.paths:
            with open(path) as f:
                f.read()
        self.loading = False

    def report(self):
        if self.loading:
            print("still loading")


Exporter(range(10)).export()
Importer(["a.txt"]).load()
