"""The same sensor loop, but the button handler starts a new reader each time it is pressed, with no
test of the one already running: two loops count the readings at once (positive)."""
import threading
import time


class Settings:
    reader = None
    stop = threading.Event()


readings = 0


def read_loop():
    global readings
    while not Settings.stop.is_set():
        readings += 1  # expect: GIL001
        time.sleep(0.1)


def start_pressed():
    Settings.stop.clear()
    Settings.reader = threading.Thread(target=read_loop, daemon=True)
    Settings.reader.start()


def restart_pressed():
    Settings.stop.set()
    start_pressed()
