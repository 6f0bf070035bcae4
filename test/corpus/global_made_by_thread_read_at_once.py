"""A stopwatch game: only the ticking thread gives `seconds_left` its first value, and the game loop tests it right after starting that thread (positive: NameError when the thread has not run yet). `lap` has a value from module level on, and `finish` is read only after a join (negative)."""
import threading
import time

lap = 0


def tick():
    global seconds_left, lap, finish
    seconds_left = 30
    while seconds_left > 0:
        seconds_left -= 1
        lap += 1
        time.sleep(1)
    finish = time.time()


clock = threading.Thread(target=tick, daemon=True)
clock.start()
while seconds_left > 0:  # expect: GIL006
    answer = input("next word? ")
    print(answer[::-1])
clock.join()
print("finished at", finish)
