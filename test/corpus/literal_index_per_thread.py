"""Threads started one by one, each handed its own literal index (`args=[0]`, `args=[1]`, …): each writes and tests only its own slot (negative: no findings)."""
import threading
import time

lifts = [[0, False, 1] for _ in range(3)]


def run_lift(n):
    for _ in range(100):
        if not lifts[n][1]:
            lifts[n][1] = True
        lifts[n][2] += 1
        lifts[n][0] = (lifts[n][0] + 1) % 10
        time.sleep(0.001)


first = threading.Thread(target=run_lift, args=[0])
second = threading.Thread(target=run_lift, args=[1])
third = threading.Thread(target=run_lift, args=(2,))
# (A lambda and a builtin handed a literal too: there is no parameter of theirs to name.)
greeter = threading.Thread(target=lambda n: print("lift", n), args=[0])
printer = threading.Thread(target=print, args=[1])
for t in (first, second, third, greeter, printer):
    t.start()
for t in (first, second, third, greeter, printer):
    t.join()
