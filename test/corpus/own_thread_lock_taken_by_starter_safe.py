"""A watcher thread's own lock, also taken by the code that started it through a public method (negative: the lock is shared by two threads)."""
import threading
import time


class Watcher(threading.Thread):
    def __init__(self, proc):
        super().__init__(daemon=True)
        self.proc = proc
        self._done = threading.Event()
        self._lock = threading.Lock()

    def finished(self):
        # Report the end once, whichever thread notices it first.
        with self._lock:
            if self._done.is_set():
                return
            self._done.set()
            print("process ended")

    def run(self):
        while not self._done.wait(0.2):
            if self.proc.poll() is None:
                continue
            self.finished()
            break


class Session:
    def __init__(self, proc):
        self.watcher = Watcher(proc)

    def pump(self, chunks):
        self.watcher.start()
        try:
            for chunk in chunks:
                time.sleep(0.01)
                if chunk is None:
                    raise BrokenPipeError
        except BrokenPipeError:
            self.watcher.finished()
