"""Workers drain a shared list in a while loop whose test is the size test of each pop; a lock around the pop alone does not cover the test (positive: GIL004 twice)."""
import threading

chunks = [bytes(1024) for _ in range(200)]
orders = list(range(50))
orders_lock = threading.Lock()
sent = []


def upload():
    while len(chunks) > 0:  # expect: GIL004
        chunk = chunks.pop()
        sent.append(len(chunk))


def ship():
    while orders:  # expect: GIL004
        with orders_lock:
            order = orders.pop(0)
        print("shipped", order)


crew = [threading.Thread(target=upload) for _ in range(4)]
crew += [threading.Thread(target=ship) for _ in range(4)]
for c in crew:
    c.start()
for c in crew:
    c.join()
