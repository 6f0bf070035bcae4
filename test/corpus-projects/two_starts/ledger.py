balance = 0


def post(amount):
    global balance
    for _ in range(10000):
        balance += amount  # expect: GIL001
