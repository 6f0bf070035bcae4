"""A key listener's callback flips the clicker's run flag and starts a new clicking thread on every
press, with nothing that waits for the one started before: off and on again quickly, two loops click
at once (positive: GIL006 once)."""
import threading
import time

from pynput import keyboard

clicking = False
clicks = []


def click_loop():
    while clicking:
        clicks.append(time.time())
        time.sleep(0.05)


def on_press(key):
    global clicking
    if key == keyboard.KeyCode.from_char("c"):
        clicking = not clicking
        threading.Thread(target=click_loop, daemon=True).start()  # expect: GIL006


with keyboard.Listener(on_press=on_press) as listener:
    listener.join()
