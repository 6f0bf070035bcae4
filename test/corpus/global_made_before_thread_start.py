"""The same stopwatch, with `seconds_left` given its first value before the thread starts, and a second countdown whose starter waits for it before reading (negative)."""
import threading
import time

seconds_left = 30


def tick():
    global seconds_left
    while seconds_left > 0:
        seconds_left -= 1
        time.sleep(1)


def warm_up():
    global warmed
    warmed = True


clock = threading.Thread(target=tick, daemon=True)
clock.start()
while seconds_left > 0:
    print(input("next word? ")[::-1])

helper = threading.Thread(target=warm_up)
helper.start()
helper.join()
print("warmed:", warmed)
