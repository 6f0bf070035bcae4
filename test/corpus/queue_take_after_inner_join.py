"""Waiters that each serve a guest on a helper thread and wait for it (`helper.join()`), then take
the next order after asking whether the queue is empty: that join waits for the helper, not for the
other waiters, which still take beside this one, so two can see the last order and one waits in
`get()` forever (positive)."""
import queue
import threading
import time

orders = queue.Queue()


def serve(guest):
    time.sleep(0.01)
    print("served", guest)


def waiter(name):
    while True:
        helper = threading.Thread(target=serve, args=(name,))
        helper.start()
        helper.join()
        if not orders.empty():  # expect: GIL004
            print(name, "takes", orders.get())
        else:
            break


if __name__ == "__main__":
    for n in range(20):
        orders.put(n)
    staff = [threading.Thread(target=waiter, args=(f"w{i}",)) for i in range(3)]
    for s in staff:
        s.start()
    for s in staff:
        s.join()
