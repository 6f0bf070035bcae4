"""A sleep before a look at the progress, then the joins, then the total (negative): the look in
between shows a count partway through on purpose, and the total is read once every teller is done."""
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


tellers = [threading.Thread(target=teller, args=(50,)) for _ in range(8)]
for t in tellers:
    t.start()
time.sleep(0.01)
with served_lock:
    print("served so far:", served)
for t in tellers:
    t.join()
print("customers served:", served)
