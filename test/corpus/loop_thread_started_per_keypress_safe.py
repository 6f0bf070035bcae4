"""A key listener's callback flips the clicker's run flag and starts a clicking thread only when the
one started before has ended (negative)."""
import threading
import time

from pynput import keyboard

clicking = False
clicks = []
worker = None


def click_loop():
    while clicking:
        clicks.append(time.time())
        time.sleep(0.05)


def on_press(key):
    global clicking, worker
    if key == keyboard.KeyCode.from_char("c"):
        clicking = not clicking
        if clicking and (worker is None or not worker.is_alive()):
            worker = threading.Thread(target=click_loop, daemon=True)
            worker.start()


with keyboard.Listener(on_press=on_press) as listener:
    listener.join()
