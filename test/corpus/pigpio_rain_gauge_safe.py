"""The rain gauge with the tick callback handing each tick over a queue, which the main loop drains
(negative)."""
import queue
import time

import pigpio

GAUGE_PIN = 6
MM_PER_TICK = 0.2794
ticks = queue.SimpleQueue()


def on_tick(gpio, level, tick):
    ticks.put(tick)


def main():
    pi = pigpio.pi()
    pi.set_mode(GAUGE_PIN, pigpio.INPUT)
    pi.callback(GAUGE_PIN, pigpio.FALLING_EDGE, on_tick)
    while True:
        time.sleep(60)
        count = 0
        while not ticks.empty():
            ticks.get()
            count += 1
        print("rain this minute:", count * MM_PER_TICK, "mm")


if __name__ == "__main__":
    main()
