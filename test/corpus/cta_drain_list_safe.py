"""Draining a shared list safely: the whole loop under the lock, the pop in try/except IndexError, or one thread alone (negative)."""
import threading

slices = list(range(300))
slices_lock = threading.Lock()
leftovers = list(range(30))
eaten = []


def eat_under_lock():
    with slices_lock:
        while slices:
            eaten.append(slices.pop())


def eat_until_gone():
    while slices:
        try:
            piece = slices.pop()
        except IndexError:
            break
        eaten.append(piece)


def sweep_leftovers():
    while len(leftovers) > 0:
        leftovers.pop()


guests = [threading.Thread(target=eat_under_lock) for _ in range(3)]
guests += [threading.Thread(target=eat_until_gone) for _ in range(3)]
for g in guests:
    g.start()
for g in guests:
    g.join()
sweeper = threading.Thread(target=sweep_leftovers)
sweeper.start()
sweeper.join()
