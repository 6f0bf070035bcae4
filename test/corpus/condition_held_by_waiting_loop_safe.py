"""A console reader thread takes the condition once and keeps it, except while it waits: each
`wait()` lets it go, so the main loop can take it to notify the reader after handling a line. Nothing
is left taken for good (negative)."""
import queue
import threading


class ConsoleReader(threading.Thread):
    def __init__(self, lines, condition, source):
        super().__init__(daemon=True)
        self.lines = lines
        self.condition = condition
        self.source = iter(source)
        self.finished = False

    def run(self):
        self.condition.acquire()
        while not self.finished:
            text = next(self.source, "quit")
            if self.finished:
                return
            self.lines.put(text)
            self.condition.wait()


class Console:
    def __init__(self, source):
        self.lines = queue.Queue()
        self.condition = threading.Condition()
        self.reader = ConsoleReader(self.lines, self.condition, source)

    def start(self):
        self.reader.start()

    def handle_one(self):
        command = self.lines.get()
        print("handled", command)
        with self.condition:
            self.condition.notify()
        return command != "quit"
