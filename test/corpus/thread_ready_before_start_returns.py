"""A thread made to run an event loop: run() stores the loop and then tells start(), which waits for
that, so the store is done before start() returns and close() cannot fall between it (negative). The
same class whose start() does not wait: the thread may store its loop between close()'s read and its
reset (positive)."""
import asyncio
import threading


class LoopThread(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.loop = None
        self._ready = threading.Condition()

    def start(self):
        with self._ready:
            super().start()
            self._ready.wait()

    def run(self):
        self.loop = asyncio.new_event_loop()
        with self._ready:
            self._ready.notify_all()
        self.loop.run_forever()

    def stop(self):
        self.loop.call_soon_threadsafe(self.loop.stop)

    def close(self):
        self.loop.close()
        self.loop = None


class EagerLoopThread(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.loop = None

    def run(self):
        self.loop = asyncio.new_event_loop()
        self.loop.run_forever()

    def close(self):
        if self.loop is not None:
            self.loop.close()
        self.loop = None  # expect: GIL001
