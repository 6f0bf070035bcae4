class Totals:
    def __init__(self):
        self.seen = 0
        self.value = 0

    def count(self, price):
        self.seen += 1  # expect: GIL001
        self.value = self.value + price  # expect: GIL001

    def reset_day(self):
        self.seen = 0

    def snapshot(self):
        return self.seen, self.value


totals = Totals()
