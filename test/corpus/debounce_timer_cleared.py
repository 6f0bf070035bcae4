"""A debounced saver: each edit, from the editor's event thread, cancels the pending Timer and starts a
new one under the lock; the Timer's callback, on its own thread, saves and then sets the handle back to
None without the lock. An edit made while a save runs starts a new Timer that this store then drops,
so the next edit cannot cancel it and the save runs twice (positive)."""
import threading


class DebouncedSaver:
    def __init__(self, save, delay=0.5):
        self.save = save
        self.delay = delay
        self.pending = None
        self.guard = threading.Lock()

    def edited(self):
        with self.guard:
            if self.pending is not None:
                self.pending.cancel()
            self.pending = threading.Timer(self.delay, self.flush)
            self.pending.start()

    def flush(self):
        self.save()
        self.pending = None  # expect: GIL001


def main():
    saver = DebouncedSaver(lambda: print("saved"))
    editor = threading.Thread(target=lambda: [saver.edited() for _ in range(10)])
    editor.start()
    editor.join()
