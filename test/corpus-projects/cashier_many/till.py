"""A till with its own thread, here one object run by several threads at once: two of them can both see one basket left."""
import threading
import time


class Till(threading.Thread):
    def __init__(self, name):
        super().__init__(daemon=True)
        self.name = name
        self.line = []
        self.open = True

    def join_line(self, basket):
        self.line.append(basket)

    def run(self):
        while self.open:
            if len(self.line) > 0:  # expect: GIL004
                basket = self.line.pop(0)
                time.sleep(0.01 * len(basket))
            else:
                time.sleep(0.05)
