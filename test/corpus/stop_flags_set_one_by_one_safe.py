"""A sender with a background flush: `add()` and the flush thread keep the buffer under the lock, and
`stop()` lowers two flags one after the other without it, then drops the buffer under it. Each flag
stands alone (a flush that sees one lowered and not the other does one round more, an add one item
more), so no code holding the lock finds a structure half taken apart (negative)."""
import threading
import time


class BufferedSender:
    def __init__(self):
        self._lock = threading.Lock()
        self._buffer = []
        self._sending = True
        self._accepting = True
        threading.Thread(target=self._flush_loop, daemon=True).start()

    def add(self, item):
        with self._lock:
            if self._accepting:
                self._buffer.append(item)

    def _flush_loop(self):
        while self._sending:
            with self._lock:
                batch, self._buffer = self._buffer, []
            for item in batch:
                print("sent", item)
            time.sleep(0.5)

    def stop(self):
        self._sending = False
        self._accepting = False
        with self._lock:
            self._buffer = []
