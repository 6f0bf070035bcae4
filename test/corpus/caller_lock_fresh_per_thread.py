"""Every thread is handed a lock of its own, so holding it keeps no other thread out (positive)."""
import threading

done = 0


def mark():
    global done
    done += 1  # expect: GIL001


def run(lock):
    for _ in range(500):
        with lock:
            mark()


threads = [threading.Thread(target=run, args=(threading.Lock(),)) for _ in range(3)]
for t in threads:
    t.start()
