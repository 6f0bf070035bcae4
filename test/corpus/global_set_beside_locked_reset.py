"""A sensor thread raises a module flag without the lock, while the main loop, holding the lock, tests the flag, publishes and lowers it: a raise between the test and the lowering is lost (positive: GIL001)."""
import threading
import time

dirty = False
state = {}
state_lock = threading.Lock()


def on_reading(value):
    global dirty
    state["temp"] = value
    dirty = True  # expect: GIL001


def sensor_loop():
    while True:
        on_reading(time.time() % 40)
        time.sleep(1)


threading.Thread(target=sensor_loop, daemon=True).start()
while True:
    with state_lock:
        if dirty:
            print("publish", dict(state))
            dirty = False
    time.sleep(0.2)
