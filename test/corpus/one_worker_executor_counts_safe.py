"""An audit trail hands each entry to an executor with one worker, which counts and writes them (negative).

However often and from however many threads `record()` and `note()` are called, the one worker runs
`_append` one call after another: the count has one writer.
"""
import sys
from concurrent.futures import ThreadPoolExecutor


class AuditTrail:
    def __init__(self, stream=None):
        self.stream = stream or sys.stdout
        self.writer = ThreadPoolExecutor(max_workers=1)
        self.entries_written = 0

    def record(self, action, user):
        self.writer.submit(self._append, f"{user}: {action}")

    def note(self, text):
        self.writer.submit(self._append, text, counted=False)

    def _append(self, line, counted=True):
        if counted:
            self.entries_written += 1
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
