"""A rain gauge on pigpio: the library calls the tick callback on its own thread, while the main loop
reads the count and sets it back to zero (positive: GIL001)."""
import time

import pigpio

GAUGE_PIN = 6
MM_PER_TICK = 0.2794
ticks = 0


def on_tick(gpio, level, tick):
    global ticks
    ticks += 1  # expect: GIL001


def main():
    global ticks
    pi = pigpio.pi()
    pi.set_mode(GAUGE_PIN, pigpio.INPUT)
    pi.callback(GAUGE_PIN, pigpio.FALLING_EDGE, on_tick)
    while True:
        time.sleep(60)
        print("rain this minute:", ticks * MM_PER_TICK, "mm")
        ticks = 0


if __name__ == "__main__":
    main()
