"""Callbacks that one library thread runs one after another (negative): a pynput keyboard listener's `on_press` and
`on_release`, and a watchdog handler's `on_created` and `on_modified`, each pair updating one counter that only that
thread writes; the main program reads the counters after the thread is done."""
import time

from pynput import keyboard
from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer

keys_down = 0
events_seen = 0


def on_press(key):
    global keys_down
    keys_down += 1


def on_release(key):
    global keys_down
    keys_down -= 1
    if key == keyboard.Key.esc:
        return False


class Counter(FileSystemEventHandler):
    def on_created(self, event):
        global events_seen
        events_seen += 1

    def on_modified(self, event):
        global events_seen
        events_seen += 1


def main():
    observer = Observer()
    observer.schedule(Counter(), ".", recursive=True)
    observer.start()
    with keyboard.Listener(on_press=on_press, on_release=on_release) as listener:
        listener.join()
    observer.stop()
    observer.join()
    print(keys_down, events_seen)


if __name__ == "__main__":
    main()
