"""Each object makes its thread in __init__ and the main program starts it through the object: one
thread per object, all on the module's shared slots (positive)."""
import threading

SLOTS = 2
docks = [None] * SLOTS
served = 0


class Barge:
    def __init__(self, name):
        self.name = name
        self.worker = threading.Thread(target=self.moor)

    def moor(self):
        global served
        for i in range(SLOTS):
            if docks[i] is None:  # expect: GIL004
                docks[i] = self.name
                break
        served += 1  # expect: GIL001


barges = [Barge(f"b{n}") for n in range(4)]
for barge in barges:
    barge.worker.start()
for barge in barges:
    barge.worker.join()
