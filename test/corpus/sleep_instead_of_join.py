"""The main program starts the tellers and then sleeps for what it hopes is long enough before it
prints the total: a sleep waits for a length of time, not for the threads, and on a busy machine
(or with more work than the sleep allows) some are still counting (positive)."""
import threading
import time

served = 0
served_lock = threading.Lock()


def teller(customers):
    global served
    for _ in range(customers):
        time.sleep(0.001)
        with served_lock:
            served += 1


for n in range(8):
    threading.Thread(target=teller, args=(50,)).start()

time.sleep(0.02)
print("customers served:", served)  # expect: GIL006
