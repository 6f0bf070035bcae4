"""Objects kept in a module-level list, changed by every request thread (positive)."""
import threading


class Product:
    def __init__(self, code, stock):
        self.code = code
        self.stock = stock


catalog = [Product("a", 5), Product("b", 3)]


def buy(code):
    for product in catalog:
        if product.code == code and product.stock > 0:
            product.stock -= 1  # expect: GIL001
            return True
    return False


def restock_first():
    catalog[0].stock += 10  # expect: GIL001


shoppers = [threading.Thread(target=buy, args=("a",)) for _ in range(8)]
shoppers += [threading.Thread(target=restock_first) for _ in range(2)]
for s in shoppers:
    s.start()
for s in shoppers:
    s.join()
