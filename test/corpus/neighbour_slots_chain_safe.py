"""Each thread fills its own slot of a running total from the two before it, in turn by one Semaphore(0) per slot (negative)."""
import threading

STEPS = 12


class Ladder:
    def __init__(self, steps):
        self.heights = [1, 1] + [0] * steps
        self.ready = [threading.Semaphore(0) for _ in range(steps + 2)]
        self.ready[0].release()
        self.ready[0].release()
        self.ready[1].release()


def climb(ladder, step):
    ladder.ready[step].acquire()
    ladder.ready[step].acquire()
    ladder.heights[step + 2] = ladder.heights[step + 1] + ladder.heights[step]
    ladder.ready[step + 1].release()
    ladder.ready[step + 2].release()


if __name__ == "__main__":
    ladder = Ladder(STEPS)
    climbers = [threading.Thread(target=climb, args=(ladder, s)) for s in range(STEPS)]
    for c in reversed(climbers):
        c.start()
    for c in climbers:
        c.join()
    print(ladder.heights)
