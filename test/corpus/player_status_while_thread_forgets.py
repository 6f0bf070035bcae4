"""A media-player monitor: its own thread forgets the player's bus name when the player goes away, while
the methods its users call test the name and then use it (positive: GIL004 twice)."""
import threading
import time


class PlayerMonitor:
    def __init__(self, bus):
        self.bus = bus
        self.__player = None
        self.__watcher = None

    def watch(self):
        self.__watcher = threading.Thread(target=self.__follow_bus, daemon=True)
        self.__watcher.start()

    def __follow_bus(self):
        while True:
            owner = self.bus.wait_for_owner_change()
            if owner:
                self.__player = owner
            else:
                self.__player = None
            time.sleep(0.1)

    def pause(self):
        if self.__player is not None:  # expect: GIL004
            self.bus.call(self.__player, "Pause")

    def now_playing(self):
        if self.__player is None:  # expect: GIL004
            return None
        reply = self.bus.call(self.__player, "Metadata")
        return reply.get("title")
