"""The kitchen hands itself to its one cook: only that cook's thread takes orders and counts meals, so the callbacks
race nothing (the kitchen reads the count after the join)."""
from cook import Cook


class Kitchen:
    def __init__(self, orders):
        self.orders = list(orders)
        self.meals = 0

    def next_order(self):
        if len(self.orders) > 0:
            return self.orders.pop(0)
        return None

    def meal_done(self, order):
        self.meals += 1

    def open(self):
        cook = Cook("the cook", self)
        cook.start()
        cook.join()
        return self.meals


if __name__ == "__main__":
    print(Kitchen(["soup", "salad", "stew"] * 50).open())
