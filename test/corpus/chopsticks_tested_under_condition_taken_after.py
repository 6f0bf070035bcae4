"""Dining philosophers around one Condition: each waits under it while either chopstick is taken, then
leaves the `with` and only then marks both taken. Between the wait's last test and the marks another
philosopher can take the Condition, find the same chopsticks free, and both eat with one chopstick
(positive)."""
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
        taken[left] = True  # expect: GIL004
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
