"""A Semaphore(0) as a signal, given too early: the cook signals and then adds, while the waiter adds too (positive)."""
import threading
import time

order_total = 0
dish_ready = threading.Semaphore(0)


def cook(price, ready):
    global order_total
    time.sleep(0.2)
    ready.release()
    order_total = order_total + price  # expect: GIL001


def serve(tip, ready):
    global order_total
    ready.acquire()
    order_total = order_total + tip
    print("bill:", order_total)


if __name__ == "__main__":
    kitchen = threading.Thread(target=cook, args=(12, dish_ready))
    waiter = threading.Thread(target=serve, args=(3, dish_ready))
    kitchen.start()
    waiter.start()
    kitchen.join()
    waiter.join()
    print("total:", order_total)
