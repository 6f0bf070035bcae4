"""The kitchen keeps the orders and hands itself to each cook it starts; the cooks call back into it from their threads."""
from cook import Cook


class Kitchen:
    def __init__(self, orders):
        self.orders = list(orders)
        self.meals = 0

    def next_order(self):
        if len(self.orders) > 0:  # expect: GIL004
            return self.orders.pop(0)
        return None

    def meal_done(self, order):
        self.meals += 1  # expect: GIL001

    def open(self, cooks):
        staff = []
        for n in range(cooks):
            cook = Cook(f"cook {n}", self)
            cook.start()
            staff.append(cook)
        for cook in staff:
            cook.join()
        return self.meals


if __name__ == "__main__":
    print(Kitchen(["soup", "salad", "stew"] * 50).open(4))
