"""The same senders, whose callback is called only by summary(), which the uploader calls after joining them, and whose progress is counted under a lock (negative)."""
import threading


class ChunkSender(threading.Thread):
    def __init__(self, chunks, target, **options):
        super().__init__(daemon=True)
        self.chunks = chunks
        self.target = target
        self.sent = 0
        self.done = options.pop("done", None)
        self.progress = options.get("progress")

    def run(self):
        for chunk in self.chunks:
            self.target.write(chunk)
            self.sent += len(chunk)
            self.progress(len(chunk))

    def summary(self):
        if self.done:
            self.done(self.sent)


class Uploader:
    def __init__(self, target):
        self.target = target
        self.sent_bytes = 0
        self.finished = 0
        self.count_lock = threading.Lock()

    def upload(self, parts):
        senders = [ChunkSender(part, self.target, done=self.note_done, progress=self.count) for part in parts]
        for s in senders:
            s.start()
        for s in senders:
            s.join()
            s.summary()
        return self.sent_bytes

    def note_done(self, size):
        self.finished += 1

    def count(self, size):
        with self.count_lock:
            self.sent_bytes += size
