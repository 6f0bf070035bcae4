import threading
import time


class Diner(threading.Thread):
    served = 0

    def __init__(self, name, counter_free):
        super().__init__(name=name)
        self.counter_free = counter_free

    def run(self):
        Diner.served += 1  # expect: GIL001
        if not self.counter_free.is_set():  # expect: GIL004
            self.counter_free.set()
            time.sleep(0.05)
            self.counter_free.clear()
