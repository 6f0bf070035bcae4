"""The same logging handler, but `flush()` takes the handler's lock (through its own `acquire()` and
`release()`) while it copies the queues, and waits on the copy: a stream added meanwhile changes the
dict, not the copy (negative)."""
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
        self.acquire()
        try:
            pending = list(self.queues.values())
        finally:
            self.release()
        for q in pending:
            q.join()
