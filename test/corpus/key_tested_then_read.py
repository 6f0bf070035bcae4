"""An RPC client: the reader thread tests that a reply's id is still awaited and then reads its
callback, while the calling threads remove their ids when they give up: the id can go in between,
and the read raises KeyError (positive). The notification handlers are looked up with `get()`, once
(negative), and the routes are never removed (negative)."""
import queue
import threading


class RpcClient:
    def __init__(self):
        self.awaiting = {}
        self.handlers = {}
        self.routes = {"ping": print}
        self.inbox = queue.Queue()
        self.reader = threading.Thread(target=self.read_replies, daemon=True)
        self.reader.start()

    def read_replies(self):
        while True:
            kind, reply_id, value = self.inbox.get()
            if reply_id in self.awaiting:  # expect: GIL004
                self.awaiting[reply_id](value)
            handler = self.handlers.get(kind)
            if handler:
                handler(value)
            if kind in self.routes:
                self.routes[kind](value)

    def call(self, reply_id, on_reply, timeout):
        self.awaiting[reply_id] = on_reply
        self.handlers[reply_id] = on_reply
        try:
            self.inbox.put(("reply", reply_id, timeout))
        finally:
            del self.awaiting[reply_id]
            self.handlers.pop(reply_id, None)


client = RpcClient()
for n in range(4):
    threading.Thread(target=client.call, args=(n, print, 1.0)).start()
