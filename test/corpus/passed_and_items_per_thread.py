"""Objects that are each thread's own: made in the innermost loop, or items of a list the thread made; a guard under a lock (negative)."""
import threading


class Product:
    def __init__(self, stock):
        self.stock = stock


def bump(box, times):
    for _ in range(times):
        box[0] += 1


def sell_own(n):
    shelf = [Product(n) for _ in range(3)]
    for product in shelf:
        product.stock -= 1
    return [p.stock for p in shelf]


names = {}
names_lock = threading.Lock()


def claim(name):
    with names_lock:
        if name in names:
            raise KeyError(name)
        names[name] = True


for _ in range(3):
    for _ in range(4):
        box = [0]
        threading.Thread(target=bump, args=(box, 100)).start()
crew = [threading.Thread(target=sell_own, args=(n,)) for n in range(4)]
crew += [threading.Thread(target=claim, args=("x",)) for _ in range(2)]
for t in crew:
    t.start()
