"""Two runner threads share one function; each is handed its own name, and each global is written only in the branch for that name (negative: one writer each)."""
import random
import threading
import time

goal = 50
red_position = 0
blue_position = 0


def run(colour):
    global red_position, blue_position
    while True:
        step = random.randint(1, 6)
        if colour == "red":
            red_position += step
            where = red_position
        else:
            blue_position += step
            where = blue_position
        if where >= goal:
            print(colour, "wins")
            return
        time.sleep(0.05)


red = threading.Thread(target=run, args=("red",))
blue = threading.Thread(target=run, args=("blue",))
red.start()
blue.start()
red.join()
blue.join()
