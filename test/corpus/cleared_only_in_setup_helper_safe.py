"""A notifier handle set to None only by a set-up helper that `__init__` alone calls, before the object's
threads start: the threads' test-then-use of it cannot see it cleared (negative)."""
import os
import threading
import time


class Notifier:
    def __init__(self, token):
        self.token = token

    def send(self, text):
        print("notify:", text)


class Watcher:
    def __init__(self):
        self._set_up_notifier()
        self.seen = 0

    def _set_up_notifier(self):
        self.notifier = None
        token = os.environ.get("NOTIFY_TOKEN")
        if token:
            self.notifier = Notifier(token)

    def poll(self, name):
        while True:
            if self.notifier:
                self.notifier.send(f"{name} is alive")
            time.sleep(30)

    def start(self):
        for name in ("disk", "network"):
            threading.Thread(target=self.poll, args=(name,), daemon=True).start()


if __name__ == "__main__":
    Watcher().start()
    time.sleep(3600)
