"""gpiozero calls `when_*` callbacks on its own event thread: a count they raise while the main loop
resets it loses updates (positive); a callback that only hands the event over a queue (negative)."""
import queue
import time

from gpiozero import Button, MotionSensor

pulses = 0
events = queue.Queue()


def on_pulse():
    global pulses
    pulses += 1  # expect: GIL001


def on_motion():
    events.put(time.time())


gauge = Button(17)
gauge.when_pressed = on_pulse
sensor = MotionSensor(4)
sensor.when_motion = on_motion

while True:
    time.sleep(5)
    print(pulses / 5, "per second;", events.qsize(), "movements")
    pulses = 0
