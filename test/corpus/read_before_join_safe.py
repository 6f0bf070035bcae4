"""Reading what threads change only once they are done, or on purpose while they run: after joining
each; each thread joined as soon as it starts; a progress loop that polls while they run; a read
before any thread starts."""
import threading
import time

counter = 0
counter_lock = threading.Lock()


def count_up(n):
    global counter
    for _ in range(n):
        with counter_lock:
            counter += 1


def joined_after():
    threads = [threading.Thread(target=count_up, args=(1000,)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("total:", counter)


def one_at_a_time():
    for _ in range(4):
        t = threading.Thread(target=count_up, args=(1000,))
        t.start()
        t.join()
    print("total:", counter)


def progress():
    print("before:", counter)
    worker = threading.Thread(target=count_up, args=(10_000_000,))
    worker.start()
    while worker.is_alive():
        print("so far:", counter)
        time.sleep(0.5)
