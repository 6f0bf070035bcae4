"""Each thread changes its own copy of a shared list (a slice, list(), .copy()), or a local rebound to a new list (negative)."""
import threading


class Planner:
    def __init__(self):
        self.capacity = [3, 3, 3]

    def plan(self, need):
        spare = self.capacity[:]
        for i, n in enumerate(need):
            spare[i] -= n
        other = list(self.capacity)
        other[0] += 1
        third = self.capacity.copy()
        third[1] += 1
        fourth = self.capacity
        fourth = [c * 2 for c in fourth]
        fourth[2] += 1
        return spare, other, third, fourth


planner = Planner()
for _ in range(3):
    threading.Thread(target=planner.plan, args=([1, 1, 1],)).start()
