"""The debouncing watcher with one lock over the observer's test, cancel and store and over each
Timer's delete, which removes its entry only if it is still its own (negative)."""
import threading

from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer


class Debouncer(FileSystemEventHandler):
    def __init__(self, publish):
        self.publish = publish
        self.pending = {}
        self.lock = threading.Lock()

    def on_modified(self, event):
        path = event.src_path

        def fire():
            self.publish(path)
            with self.lock:
                if self.pending.get(path) is timer:
                    del self.pending[path]

        timer = threading.Timer(0.5, fire)
        with self.lock:
            old = self.pending.get(path)
            if old is not None:
                old.cancel()
            self.pending[path] = timer
        timer.start()


def watch(folder):
    observer = Observer()
    observer.schedule(Debouncer(print), folder, recursive=True)
    observer.start()
    return observer
