"""The item is stored first and the signal comes after it; or the signal is about something else (negative)."""
import threading
import time

orders = []
orders_waiting = threading.Semaphore(0)


def kitchen(count):
    for n in range(count):
        time.sleep(0.01)
        orders.append(f"order {n}")
        orders_waiting.release()


def waiter(count):
    for _ in range(count):
        orders_waiting.acquire()
        order = orders.pop(0)
        print("serving", order)


# A slot given back before the next job is written: the semaphore counts free slots, and nobody
# waits on it to read `last_job`.
slots = threading.Semaphore(3)
last_job = None


def job(name):
    global last_job
    slots.acquire()
    try:
        print("running", name)
    finally:
        slots.release()
    last_job = name


stopped = threading.Event()
state = {"running": True}


def stop_all():
    stopped.set()
    state["running"] = False


def watcher():
    stopped.wait()
    print("stopped at", time.time())


threads = [threading.Thread(target=kitchen, args=(5,)), threading.Thread(target=waiter, args=(5,))]
threads += [threading.Thread(target=job, args=(f"j{i}",)) for i in range(4)]
threads += [threading.Thread(target=stop_all), threading.Thread(target=watcher)]
for t in threads:
    t.start()
for t in threads:
    t.join()
