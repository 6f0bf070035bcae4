"""pynput calls a listener's callbacks on its own thread, while a timer thread empties the same buffer (positive: GIL001 once)."""
import threading

from pynput import keyboard

typed = ""


def on_press(key):
    global typed
    typed += str(key)  # expect: GIL001


def flush():
    global typed
    print(typed)
    typed = ""
    threading.Timer(60, flush).start()


with keyboard.Listener(on_press=on_press) as listener:
    flush()
    listener.join()
