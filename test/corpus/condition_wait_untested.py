"""Threads that wait on a Condition with no test of what they wait for (positive).

A notify made before a waiter gets to its wait is lost, and that waiter waits for ever.
"""
import threading

gate = threading.Condition()
opened = []


def guest(name):
    with gate:
        gate.wait()  # expect: GIL006
        opened.append(name)


def host():
    with gate:
        gate.notify_all()


class Oven:
    def __init__(self):
        self.heated = threading.Condition()

    def bake(self):
        with self.heated:
            self.heated.wait(timeout=60)  # expect: GIL006
        print("baking")

    def heat(self):
        with self.heated:
            self.heated.notify()


guests = [threading.Thread(target=guest, args=(n,)) for n in ("ana", "bo")]
oven = Oven()
baker = threading.Thread(target=oven.bake)
for t in guests + [baker, threading.Thread(target=host), threading.Thread(target=oven.heat)]:
    t.start()
