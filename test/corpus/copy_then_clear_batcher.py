"""A log batcher: request threads add records, its own flush thread copies the buffer and then empties
it. A record added between the copy and the clear is in neither (positive). The audit buffer does the
same under the lock that its adders take too (negative)."""
import threading
import time


class LogBatcher:
    def __init__(self, sink):
        self.sink = sink
        self.records = []
        self.audit = []
        self.audit_lock = threading.Lock()
        self.worker = threading.Thread(target=self.run, daemon=True)
        self.worker.start()

    def log(self, record):
        self.records.append(record)
        with self.audit_lock:
            self.audit.append(record)

    def run(self):
        while True:
            time.sleep(0.5)
            self.flush()

    def flush(self):
        batch = self.records[:]
        self.sink.write(batch)
        self.records.clear()  # expect: GIL001
        with self.audit_lock:
            kept = list(self.audit)
            self.audit.clear()
        self.sink.write(kept)


def serve(batcher, n):
    for i in range(n):
        batcher.log(f"request {i}")


batcher = LogBatcher(open("/dev/null", "w"))
for _ in range(4):
    threading.Thread(target=serve, args=(batcher, 100)).start()
