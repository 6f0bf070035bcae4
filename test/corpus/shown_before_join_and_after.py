"""A lesson that prints the total right after starting the threads and again after joining them,
with nothing to tell the two apart. The first print shows whatever the threads have added so far,
a number that changes from run to run, as if it were the result."""
import threading

total = 0
total_lock = threading.Lock()


def add_many(n):
    global total
    for _ in range(n):
        with total_lock:
            total += 1


workers = [threading.Thread(target=add_many, args=(10_000,)) for _ in range(4)]
for w in workers:
    w.start()
print(total)  # expect: GIL006
for w in workers:
    w.join()
print(total)
