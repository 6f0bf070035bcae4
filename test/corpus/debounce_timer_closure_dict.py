"""A folder watcher that debounces events: the observer's thread cancels a pending Timer for the path
and keeps a new one in a dict, while each Timer's closure deletes its path's entry when it fires. A
fire between the observer's test and its read takes the key away (KeyError), and a late delete can
remove the newer Timer's entry, so the next event cannot cancel it."""
import threading

from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer


class Debouncer(FileSystemEventHandler):
    def __init__(self, publish):
        self.publish = publish
        self.pending = {}

    def on_modified(self, event):
        path = event.src_path
        if path in self.pending:  # expect: GIL004
            self.pending[path].cancel()

        def fire():
            self.publish(path)
            del self.pending[path]

        self.pending[path] = threading.Timer(0.5, fire)
        self.pending[path].start()


def watch(folder):
    observer = Observer()
    observer.schedule(Debouncer(print), folder, recursive=True)
    observer.start()
    return observer
