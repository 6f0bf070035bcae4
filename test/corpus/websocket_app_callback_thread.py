"""websocket-client calls a WebSocketApp's callbacks on the thread that runs run_forever(); started on a
thread of its own, they run beside the main program, which reads and resets the tally (positive:
GIL001 twice)."""
import threading
import time

import websocket

ticks = 0


class PriceFeed:
    def __init__(self, url):
        self.updates = 0
        self.app = websocket.WebSocketApp(url, on_message=self.on_message)
        threading.Thread(target=self.app.run_forever, daemon=True).start()

    def on_message(self, app, message):
        self.updates += 1  # expect: GIL001

    def take_count(self):
        seen = self.updates
        self.updates = 0
        return seen


def on_ping(app, data):
    global ticks
    ticks += 1  # expect: GIL001


if __name__ == "__main__":
    feed = PriceFeed("wss://example.invalid/stream")
    feed.app.on_ping = on_ping
    while True:
        time.sleep(10)
        print("updates in the last 10 s:", feed.take_count(), "pings:", ticks)
        ticks = 0
