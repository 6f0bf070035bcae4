"""A logging handler that keeps one queue per stream: `emit()`, which logging calls on every thread that
logs (holding the handler's lock), adds a stream's queue the first time it sees the stream. `flush()`,
which the application calls from its own thread, loops over the queues without that lock, so a first
record of a new stream, logged meanwhile, changes the dict under the loop (positive)."""
import logging
import queue
import threading


class StreamQueueHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.queues, self.senders = {}, {}

    def emit(self, record):
        stream = record.name
        if stream not in self.queues:
            self.queues[stream] = queue.Queue()
            self.senders[stream] = threading.Thread(target=self.send, args=(self.queues[stream],), daemon=True)
            self.senders[stream].start()
        self.queues[stream].put(self.format(record))

    def send(self, q):
        while True:
            line = q.get()
            print(line)
            q.task_done()

    def flush(self):
        for q in self.queues.values():  # expect: GIL004
            q.join()
