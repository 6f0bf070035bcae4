"""websocket-client calls a WebSocketApp's callbacks on the thread that runs run_forever(): here the
main program itself, after which it reads the tally, so they never run beside other code (negative)."""
import websocket


class PriceFeed:
    def __init__(self, url):
        self.updates = 0
        self.app = websocket.WebSocketApp(url, on_message=self.on_message, on_close=self.on_close)

    def on_message(self, app, message):
        self.updates += 1

    def on_close(self, app, code, reason):
        print("closed after", self.updates, "updates")

    def take_count(self):
        seen = self.updates
        self.updates = 0
        return seen


if __name__ == "__main__":
    feed = PriceFeed("wss://example.invalid/stream")
    feed.app.run_forever()
    print("updates:", feed.take_count())
