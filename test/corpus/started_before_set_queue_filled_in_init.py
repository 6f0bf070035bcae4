"""A thread started in __init__ that waits on a queue __init__ itself fills right away, then reads an
attribute set only after that: the get returns at once, so the read can come first (positive)."""
import queue
import threading


class Greeter:
    def __init__(self, name):
        self.outbox = queue.Queue()
        self.worker = threading.Thread(target=self._send_all, daemon=True)
        self.worker.start()
        self.outbox.put("hello")
        self.signature = f"-- {name}"  # expect: GIL006

    def _send_all(self):
        while True:
            text = self.outbox.get()
            self._send(text)

    def _send(self, text):
        print(text, self.signature)
