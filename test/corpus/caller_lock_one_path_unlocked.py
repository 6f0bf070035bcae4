"""One thread function calls the helper under the lock, the other without it (positive: the unlocked path)."""
import threading

level = 0
level_lock = threading.Lock()


def adjust(delta):
    global level
    level = level + delta  # expect: GIL001


def careful(delta):
    for _ in range(1000):
        with level_lock:
            adjust(delta)


def hasty(delta):
    for _ in range(1000):
        adjust(delta)


threads = [threading.Thread(target=careful, args=(1,)), threading.Thread(target=hasty, args=(-1,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
