"""A heartbeat thread whose `run()` only sets up an event loop and runs the coroutine method `_beat()`,
which raises `self._running` as it starts and then loops while it is up. `stop()` lowers it and joins:
a stop made before the thread reaches `_beat()` is overwritten, the loop runs on, and the join waits
for ever (positive)."""
import asyncio
import threading


class Heartbeat(threading.Thread):
    def __init__(self, ping, every=1.0):
        super().__init__(daemon=True)
        self.ping = ping
        self.every = every
        self._running = False

    async def _beat(self):
        self._running = True  # expect: GIL006
        while self._running:
            await self.ping()
            await asyncio.sleep(self.every)

    def run(self):
        loop = asyncio.new_event_loop()
        try:
            loop.run_until_complete(self._beat())
        finally:
            loop.close()

    def stop(self):
        self._running = False
        self.join()
