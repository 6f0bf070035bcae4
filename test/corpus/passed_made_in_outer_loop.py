"""Each round makes one counter and hands it to ten threads: the ten share it (positive: shape 2)."""
import threading


def bump(box, times):
    for _ in range(times):
        box[0] += 1  # expect: GIL001


def rounds():
    for _ in range(3):
        box = [0]
        crew = [threading.Thread(target=bump, args=(box, 100)) for _ in range(10)]
        for t in crew:
            t.start()
        for t in crew:
            t.join()
        print(box[0])


rounds()
