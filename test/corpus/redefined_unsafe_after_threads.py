"""A later, unlocked `work` is never started in threads: those ran the locked one (negative: shape 5)."""
import threading

n = 0
guard = threading.Lock()


def work():
    global n
    with guard:
        n += 1


threads = [threading.Thread(target=work) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()


def work():
    global n
    n += 1


work()
