"""A monitor starts its loops from a literal list of (name, bound method) pairs: each runs on a thread of
its own, beside the other, on the one monitor (positive: GIL004 once)."""
import threading
import time


class PriceMonitor:
    def __init__(self, symbols):
        self.symbols = list(symbols)
        self.last_alert = {}
        self.lock = threading.Lock()

    def alert_loop(self):
        while True:
            for symbol in self.symbols:
                if symbol in self.last_alert:  # expect: GIL004
                    age = time.time() - self.last_alert[symbol]
                    if age < 300:
                        continue
                self.last_alert[symbol] = time.time()
            time.sleep(1)

    def prune_loop(self):
        while True:
            for symbol in list(self.last_alert):
                with self.lock:
                    self.last_alert.pop(symbol, None)
            time.sleep(60)

    def start(self):
        loops = [
            ("alerts", self.alert_loop),
            ("prune", self.prune_loop),
        ]
        for name, loop in loops:
            threading.Thread(target=loop, name=name, daemon=True).start()


if __name__ == "__main__":
    PriceMonitor(["BTCUSDT", "ETHUSDT"]).start()
    time.sleep(3600)
