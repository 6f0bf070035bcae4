"""The shop opens one till and sends every shopper to it."""
import random
import time

from till import Till


def main():
    till = Till("till 1")
    till.start()
    for shopper in range(20):
        till.join_line(["bread"] * random.randint(1, 5))
        time.sleep(0.02)
    till.open = False


if __name__ == "__main__":
    main()
