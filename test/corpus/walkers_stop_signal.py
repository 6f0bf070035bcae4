"""Walkers search a grid, each fork on a thread of its own. A walker that finds the exit raises
`found`, and every walker leaves when it sees it: two raising it together is harmless (negative).
The forks are counted under a lock, and once with none before the first walker starts (negative), but the steps are counted by
every walker with no lock (positive)."""
import threading

GRID = [[0, 0, 1], [1, 0, 0], [0, 0, 0]]
found = False
fork_lock = threading.Lock()
forks = 0
steps = 0


def exits(row, col):
    return (row, col) == (2, 2)


def walk(row, col, seen):
    global found, forks, steps
    if found:
        return
    steps += 1  # expect: GIL001
    if exits(row, col):
        found = True
        return
    seen = seen | {(row, col)}
    walkers = []
    for r, c in ((row + 1, col), (row, col + 1)):
        if r < 3 and c < 3 and GRID[r][c] == 0 and (r, c) not in seen:
            t = threading.Thread(target=walk, args=(r, c, seen))
            with fork_lock:
                forks += 1
            walkers.append(t)
            t.start()
    for t in walkers:
        t.join()


def solve():
    global found, forks
    found = False
    first = threading.Thread(target=walk, args=(0, 0, frozenset()))
    forks += 1
    first.start()
    first.join()
    return found, forks


print(solve(), steps)
