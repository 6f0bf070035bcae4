"""A database writer thread stores the error of a failed statement; callers check for it, take it and
clear it with no lock: an error stored between the take and the clear is never raised (positive).
The result slot is taken and cleared under the lock the thread stores it with (negative); the
connection is taken and cleared inside one `with` of a condition a helper makes (negative); the
counter of statements is only read (negative)."""
import queue
import threading


class WriterThread(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.jobs = queue.Queue()
        self.lock = threading.Lock()
        self.error = None
        self.result = None
        self.done = 0
        self.gate = self.make_gate()
        self.connection = None

    @staticmethod
    def make_gate():
        return threading.Condition()

    def run(self):
        while True:
            statement = self.jobs.get()
            try:
                value = execute(statement)
                with self.lock:
                    self.result = value
            except Exception as exc:
                self.error = exc
            self.done += 1
            with self.gate:
                self.connection = statement

    def close(self):
        with self.gate:
            if self.connection:
                last = self.connection
                self.connection = None
                print("closed after", last)

    def raise_pending(self):
        if self.error:
            failure = self.error
            self.error = None  # expect: GIL001
            raise failure

    def take_result(self):
        with self.lock:
            value = self.result
            self.result = None
        return value

    def progress(self):
        return self.done


def execute(statement):
    return len(statement)


writer = WriterThread()
writer.start()
writer.jobs.put("select 1")
writer.raise_pending()
print(writer.take_result(), writer.progress())
