"""The sensor thread raises the flag holding the same lock the main loop holds as it tests and lowers it; and a flag that only the main loop itself raises and lowers (negative)."""
import threading
import time

dirty = False
stale = False
state = {}
state_lock = threading.Lock()


def on_reading(value):
    global dirty
    with state_lock:
        state["temp"] = value
        dirty = True


def sensor_loop():
    while True:
        on_reading(time.time() % 40)
        time.sleep(1)


def main_loop():
    global dirty, stale
    while True:
        stale = True
        with state_lock:
            if dirty:
                print("publish", dict(state))
                dirty = False
            if stale:
                stale = False
        time.sleep(0.2)


threading.Thread(target=sensor_loop, daemon=True).start()
main_loop()
