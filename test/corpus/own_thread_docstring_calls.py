"""A reader with a background listener thread. Usage, shown in this docstring and never run here:

>>> reader = Reader()
>>> reader.take_all()

The listener is the only code that changes the buffer while it runs (negative)."""
import _thread


class Reader:
    def __init__(self):
        self.buffer = []
        self.seen = 0

    def take_all(self):
        taken = self.buffer
        self.buffer = []
        self.seen += len(taken)
        return taken

    def listen(self):
        for n in range(100):
            self.buffer.append(n)
            self.seen += 1

    def start(self):
        _thread.start_new_thread(self.listen, ())


Reader().start()
