"""Two cooks take orders from one rail: each waits on the condition under an `if`, so when it wakes,
the other cook may have taken the order first and `pop()` meets an empty list (positive). The
dishwasher, one thread, waits the same way: the notify it gets is for it alone (negative)."""
import threading

orders = []
plates = []
rail = threading.Condition()
sink = threading.Condition()


def cook(name, count):
    for _ in range(count):
        with rail:
            if not orders:  # expect: GIL004
                rail.wait()
            order = orders.pop(0)
        print(name, "cooks", order)
        with sink:
            plates.append(order)
            sink.notify()


def wash(count):
    for _ in range(count):
        with sink:
            if len(plates) == 0:
                sink.wait()
            plates.pop()


def take_orders(count):
    for n in range(count):
        with rail:
            orders.append(n)
            rail.notify()


threading.Thread(target=wash, args=(20,)).start()
for name in ("ana", "bo"):
    threading.Thread(target=cook, args=(name, 10)).start()
threading.Thread(target=take_orders, args=(20,)).start()
