"""pynput callbacks that count on the listener's thread alone, read by the main program after join() (negative)."""
from pynput import keyboard, mouse

presses = 0
clicks = 0


def on_press(key):
    global presses
    presses += 1


def on_click(x, y, button, pressed):
    global clicks
    if pressed:
        clicks += 1


with keyboard.Listener(on_press=on_press) as keys:
    keys.join()
with mouse.Listener(on_click=on_click) as buttons:
    buttons.join()
print(presses, clicks)
