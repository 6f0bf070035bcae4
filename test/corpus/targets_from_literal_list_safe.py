"""A monitor starts its loops from a literal list of (name, bound method) pairs: each runs once, on a
thread of its own, and each keeps to its own state (negative: no loop runs twice)."""
import threading
import time


class PriceMonitor:
    def __init__(self, symbols):
        self.symbols = list(symbols)
        self.ticks = 0
        self.prunes = 0

    def tick_loop(self):
        while True:
            self.ticks += 1
            time.sleep(1)

    def prune_loop(self):
        while True:
            self.prunes += 1
            time.sleep(60)

    def start(self):
        for name, loop in [("ticks", self.tick_loop), ("prune", self.prune_loop)]:
            threading.Thread(target=loop, name=name, daemon=True).start()


if __name__ == "__main__":
    PriceMonitor(["BTCUSDT", "ETHUSDT"]).start()
    time.sleep(3600)
