"""The heartbeat thread again, with the running flag raised in `__init__`, before the thread starts:
a stop made at any time after that is the last store, and the loop ends (negative)."""
import asyncio
import threading


class Heartbeat(threading.Thread):
    def __init__(self, ping, every=1.0):
        super().__init__(daemon=True)
        self.ping = ping
        self.every = every
        self._running = True

    async def _beat(self):
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
