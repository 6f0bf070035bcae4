"""A method defines its thread body as a nested function that takes the object as a parameter, and starts
it once with `args=(self,)`: the one thread is the only writer of the count (negative)."""
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
                    self.packets += 1

        self.running = True
        threading.Thread(target=pump, args=(self,), daemon=True).start()

    def stop(self):
        self.running = False
