"""A metrics spool copies and clears its samples under its lock, but `record()`, which request
threads call, appends without it: a sample appended between the copy and the clear is lost
(positive). The audit spool takes its lock where it appends too (negative)."""
import threading
import time


class MetricSpool:
    def __init__(self):
        self.lock = threading.Lock()
        self.samples = []
        self.flusher = threading.Thread(target=self.flush_forever, daemon=True)
        self.flusher.start()

    def record(self, value):
        self.samples.append(value)

    def flush_forever(self):
        while True:
            time.sleep(1)
            with self.lock:
                taken = list(self.samples)
                self.samples.clear()  # expect: GIL001
            print(sum(taken))


class AuditSpool:
    def __init__(self):
        self.lock = threading.Lock()
        self.entries = []
        self.flusher = threading.Thread(target=self.flush_forever, daemon=True)
        self.flusher.start()

    def record(self, entry):
        with self.lock:
            self.entries.append(entry)

    def flush_forever(self):
        while True:
            time.sleep(1)
            with self.lock:
                taken = self.entries[:]
                self.entries.clear()
            print(len(taken))


metrics = MetricSpool()
audit = AuditSpool()
for n in range(4):
    threading.Thread(target=metrics.record, args=(n,)).start()
    threading.Thread(target=audit.record, args=(f"entry {n}",)).start()
