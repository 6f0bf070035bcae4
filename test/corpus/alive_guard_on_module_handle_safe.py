"""A sensor loop started from a button handler that may be pressed again: the handle is kept on a
settings namespace, and the start is skipped while that thread is alive, so one loop at a time counts
the readings (negative)."""
import threading
import time


class Settings:
    reader = None
    stop = threading.Event()


readings = 0


def read_loop():
    global readings
    while not Settings.stop.is_set():
        readings += 1
        time.sleep(0.1)


def start_pressed():
    if Settings.reader and Settings.reader.is_alive():
        print("already reading")
        return
    Settings.stop.clear()
    Settings.reader = threading.Thread(target=read_loop, daemon=True)
    Settings.reader.start()


def restart_pressed():
    Settings.stop.set()
    start_pressed()
