"""A test of `!=` as one part of an `and`, before a helper that stores the state, in an object's own thread while outside code stores it too (positive: GIL004 once)."""
import threading
import time


class Player:
    def __init__(self):
        self.state = "stopped"
        threading.Thread(target=self.watch, daemon=True).start()

    def play(self):
        self.state = "playing"

    def stop(self):
        self.state = "stopped"

    def watch(self):
        while True:
            if self.queue_ready() and self.state != "stopped":  # expect: GIL004
                self.play()
            time.sleep(0.1)

    def queue_ready(self):
        return True


player = Player()
player.stop()
