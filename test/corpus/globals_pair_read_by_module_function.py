"""A weather-station module: importing it starts a thread that polls the sensor and stores wind speed
and direction in two module globals, one after the other. Callers read the pair with wind(), on their
own threads, and can get the new speed with the old direction."""
import random
import threading
import time

speed = 0.0
direction = 0


def poll():
    global speed
    global direction
    while True:
        reading = (random.uniform(0, 30), random.randrange(360))
        speed = reading[0]  # expect: GIL001
        direction = reading[1]
        time.sleep(1)


def wind():
    return speed, direction


threading.Thread(target=poll, daemon=True).start()
