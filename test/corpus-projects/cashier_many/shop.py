"""The shop runs the one till's line with several clerks: each clerk is a thread running the same till's loop."""
import threading
import time

from till import Till


def main():
    till = Till("till 1")
    clerks = [threading.Thread(target=till.run) for _ in range(3)]
    for clerk in clerks:
        clerk.start()
    for shopper in range(20):
        till.join_line(["bread"] * 3)
        time.sleep(0.02)
    till.open = False


if __name__ == "__main__":
    main()
