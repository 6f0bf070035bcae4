"""An audit trail hands each entry to an executor with four workers, which count and write them (positive: GIL001 once).

Four workers run `_append` at once: two can read the same count and one increment is lost.
"""
import sys
from concurrent.futures import ThreadPoolExecutor


class AuditTrail:
    def __init__(self, stream=None):
        self.stream = stream or sys.stdout
        self.writer = ThreadPoolExecutor(max_workers=4)
        self.entries_written = 0

    def record(self, action, user):
        self.writer.submit(self._append, f"{user}: {action}")

    def note(self, text):
        self.writer.submit(self._append, text, counted=False)

    def _append(self, line, counted=True):
        if counted:
            self.entries_written += 1  # expect: GIL001
        print(line, file=self.stream)

    def close(self):
        self.writer.shutdown(wait=True)
        return self.entries_written


if __name__ == "__main__":
    trail = AuditTrail()
    for n in range(5):
        trail.record("login", f"user{n}")
    trail.note("five logins")
    print(trail.close())
