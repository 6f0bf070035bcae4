"""A till with its own thread: it takes the next basket off its own line; the shop only ever adds baskets."""
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
            if len(self.line) > 0:
                basket = self.line.pop(0)
                time.sleep(0.01 * len(basket))
            else:
                time.sleep(0.05)
