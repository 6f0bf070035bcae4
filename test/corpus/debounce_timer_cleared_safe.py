"""Debounced savers done safely: the callback clears the handle under the same lock, and only while it
is still its own Timer; and a one-shot reminder whose callback clears a handle set once, with no lock
anywhere (negative)."""
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
        with self.guard:
            if self.pending is threading.current_thread():
                self.pending = None


class Reminder:
    def __init__(self, note):
        self.note = note
        self.timer = threading.Timer(60, self.ring)
        self.timer.start()

    def ring(self):
        print(self.note)
        self.timer = None


def main():
    saver = DebouncedSaver(lambda: print("saved"))
    editor = threading.Thread(target=lambda: [saver.edited() for _ in range(10)])
    editor.start()
    editor.join()
    Reminder("tea")
