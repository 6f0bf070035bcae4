"""Each thread handed its own index updates only its own slot; a BoundedSemaphore that only limits how many run, around a locked update (negative)."""
import threading

partials = [0] * 4
grid = [[0] * 8 for _ in range(4)]
done = {"jobs": 0}
done_lock = threading.Lock()
throttle = threading.BoundedSemaphore(2)


def sum_part(k, numbers):
    for n in numbers[k::4]:
        partials[k] += n


def fill_row(row, values):
    for col, v in enumerate(values):
        grid[row][col] += v


def job():
    with throttle:
        with done_lock:
            done["jobs"] += 1


data = list(range(100))
workers = [threading.Thread(target=sum_part, args=(k, data)) for k in range(4)]
workers += [threading.Thread(target=fill_row, args=(i, [1] * 8)) for i, _ in enumerate(grid)]
workers += [threading.Thread(target=job) for _ in range(6)]
for w in workers:
    w.start()
