"""Thread code adds to a list while a public method takes it, each inside its own `with open(...)`:
two opened files are not one lock, so an entry added between the take and the reset is lost (positive)."""
import threading


class AuditTrail:
    """A watcher thread appends each event to the trail file and keeps it for the next report."""

    def __init__(self, path, events):
        self.path = path
        self.events = events
        self.unreported = []
        self.watcher = threading.Thread(target=self._watch, daemon=True)
        self.watcher.start()

    def _watch(self):
        for event in self.events:
            with open(self.path, "a") as trail:
                trail.write(f"{event}\n")
                self.unreported.append(event)

    def report(self):
        with open(self.path, "a") as trail:
            for event in self.unreported:
                trail.write(f"reported {event}\n")
            self.unreported = []  # expect: GIL001
