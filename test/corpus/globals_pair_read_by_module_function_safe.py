"""The same weather-station module, whose poller publishes the pair as one tuple in one assignment:
a caller of wind() gets either the old pair or the new one, never half of each."""
import random
import threading
import time

latest = (0.0, 0)


def poll():
    global latest
    while True:
        speed = random.uniform(0, 30)
        direction = random.randrange(360)
        latest = (speed, direction)
        time.sleep(1)


def wind():
    return latest


threading.Thread(target=poll, daemon=True).start()
