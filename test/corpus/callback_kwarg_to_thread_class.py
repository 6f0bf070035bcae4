"""Upload threads take a progress callback through **options and call it from a helper their run() calls; the uploader hands each its own bound method, which counts (positive: every upload thread runs the uploader's counting method at once)."""
import threading


class ChunkSender(threading.Thread):
    def __init__(self, chunks, target, **options):
        super().__init__(daemon=True)
        self.chunks = chunks
        self.target = target
        self.progress = options.pop("progress", None)

    def run(self):
        for chunk in self.chunks:
            self._send(chunk)

    def _send(self, chunk):
        self.target.write(chunk)
        if self.progress:
            self.progress(len(chunk))


class Uploader:
    def __init__(self, target):
        self.target = target
        self.sent_bytes = 0

    def upload(self, parts):
        senders = [ChunkSender(part, self.target, progress=self.count) for part in parts]
        for s in senders:
            s.start()
        for s in senders:
            s.join()
        return self.sent_bytes

    def count(self, size):
        self.sent_bytes += size  # expect: GIL001
