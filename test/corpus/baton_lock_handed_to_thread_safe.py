"""A lock passed as a baton: the main program takes it before starting the first step, which runs its update and then lets the lock go in `finally`; the next steps take it in turn (negative: the first step's update runs while the baton is held, so no findings)."""
import threading

value = 1
baton = threading.Lock()


def add_one():
    global value
    try:
        value += 1
    finally:
        baton.release()


def double():
    global value
    baton.acquire()
    try:
        value *= 2
    finally:
        baton.release()


first = threading.Thread(target=add_one)
second = threading.Thread(target=double)
baton.acquire()
second.start()
first.start()
first.join()
second.join()
print(value)
