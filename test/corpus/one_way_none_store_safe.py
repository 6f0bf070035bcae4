"""A window handle that is only ever dropped: the public method tests it and stores None when the
window is gone, and the object's worker thread stores None when a call finds it dead. Every store after
__init__ is None, so two threads doing it at once leave the same result, and nothing is made twice
(the class's lock guards the work flags, not the handle)."""
import threading


def alive(window):
    return window is not None and not window.closed


class Updater:
    def __init__(self, window, work):
        self._win = window
        self._work = work
        self._lock = threading.Lock()
        self._busy = False

    def _run(self):
        try:
            result = self._work()
            self._win.show(result)
        except RuntimeError:
            self._win = None
        finally:
            with self._lock:
                self._busy = False
                if self._win is not None:
                    self._win.refresh()

    def update(self):
        if self._win is None or not alive(self._win):
            self._win = None
            return
        with self._lock:
            if self._busy:
                return
            self._busy = True
        self._start()

    def _start(self):
        threading.Thread(target=self._run, daemon=True).start()
