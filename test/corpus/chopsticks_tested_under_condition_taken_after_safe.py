"""The dining philosophers again, marking both chopsticks taken inside the `with`, right after the
wait's test: no other philosopher can test them in between (negative)."""
import threading
import time

taken = [False] * 5
table = threading.Condition()


def philosopher(seat):
    left, right = seat, (seat + 1) % 5
    for _ in range(3):
        time.sleep(0.1)
        with table:
            while taken[left] or taken[right]:
                table.wait()
            taken[left] = True
            taken[right] = True
        print("philosopher", seat, "eats")
        time.sleep(0.2)
        with table:
            taken[left] = False
            taken[right] = False
            table.notify_all()


diners = [threading.Thread(target=philosopher, args=(seat,)) for seat in range(5)]
for d in diners:
    d.start()
for d in diners:
    d.join()
