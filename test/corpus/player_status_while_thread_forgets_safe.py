"""The same monitor, with the users' methods taking the bus name into a local once and testing that,
and a stop that clears it under the lock its thread takes (negative)."""
import threading
import time


class PlayerMonitor:
    def __init__(self, bus):
        self.bus = bus
        self.lock = threading.Lock()
        self.player = None

    def watch(self):
        threading.Thread(target=self.follow_bus, daemon=True).start()

    def follow_bus(self):
        while True:
            owner = self.bus.wait_for_owner_change()
            with self.lock:
                self.player = owner or None
            time.sleep(0.1)

    def pause(self):
        player = self.player
        if player is not None:
            self.bus.call(player, "Pause")

    def now_playing(self):
        with self.lock:
            if self.player is None:
                return None
            reply = self.bus.call(self.player, "Metadata")
        return reply.get("title")
