"""A class that takes its lock around its buffer, so its plain methods are meant for several
threads: a lazy start in one of them races (positive). The same lazy start in an `async def`
method runs on the event loop's one thread, whatever the lock says (negative)."""
import asyncio
import threading


class Feed:
    def __init__(self, source):
        self.source = source
        self._lock = threading.Lock()
        self._buffer = []
        self._reader = None
        self._poller = None

    def _read(self):
        for item in self.source:
            with self._lock:
                self._buffer.append(item)

    def start(self):
        if self._reader is None:  # expect: GIL004
            self._reader = threading.Thread(target=self._read, daemon=True)
            self._reader.start()

    async def items(self):
        if self._poller is None:
            self._poller = threading.Thread(target=self._read, daemon=True)
            self._poller.start()
        while True:
            with self._lock:
                taken, self._buffer = self._buffer, []
            for item in taken:
                yield item
            await asyncio.sleep(0.05)
