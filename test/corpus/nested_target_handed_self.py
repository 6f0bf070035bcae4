"""A method defines its thread body as a nested function that takes the object as a parameter, and starts
it twice with `args=(self,)`: both threads update the one object (positive: GIL001 once)."""
import threading


class PacketCounter:
    def __init__(self, link):
        self.link = link
        self.packets = 0
        self.running = False

    def start(self):
        def pump(self):
            while self.running:
                if self.link.recv(64):
                    self.packets += 1  # expect: GIL001

        self.running = True
        for _ in range(2):
            threading.Thread(target=pump, args=(self,), daemon=True).start()

    def stop(self):
        self.running = False
