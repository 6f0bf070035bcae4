"""What a Thread subclass's run() sets, read only after join(); or an attribute run() never sets (negative)."""
import threading
import time


class Squarer(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.answer = None

    def run(self):
        time.sleep(0.01)
        self.answer = self.n * self.n


first = Squarer(3)
first.start()
print("squaring", first.n)
first.join()
print("3 squared is", first.answer)

second = Squarer(4)
second.start()
second.join(timeout=5)
print("4 squared is", second.answer)

# The lesson prints it before and after the join on purpose, to show the difference.
third = Squarer(5)
third.start()
print("before join:", third.answer)
third.join()
print("after join:", third.answer)
