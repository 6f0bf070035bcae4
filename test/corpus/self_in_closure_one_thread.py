"""A method starts one thread on a function defined inside it and joins it before reading `self` again (negative: one thread)."""
import threading


class Loader:
    def __init__(self):
        self.rows = 0

    def load(self, lines):
        def read():
            for _ in lines:
                self.rows += 1

        reader = threading.Thread(target=read)
        reader.start()
        reader.join()
        return self.rows
