"""The same baton, but the first step lets it go before its update, so the update runs beside the second step's (positive: GIL001)."""
import threading

value = 1
baton = threading.Lock()


def add_one():
    global value
    baton.release()
    value += 1  # expect: GIL001


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
