"""The same relay with the joins after all the starts, or one start left unjoined: the threads overlap (positive: GIL001 twice)."""
import threading

elapsed = 0
distance = 0


class Runner(threading.Thread):
    def run(self):
        global elapsed
        elapsed += 1  # expect: GIL001


def pace(n):
    global distance
    distance += n  # expect: GIL001


runners = [Runner() for _ in range(4)]
for runner in runners:
    runner.start()
for runner in runners:
    runner.join()

pacer = threading.Thread(target=pace, args=(1,))
pacer.start()
for n in range(3):
    t = threading.Thread(target=pace, args=(n,))
    t.start()
    t.join()
pacer.join()
