"""A device client whose reader thread answers status messages by sending a message of its own, while
the application sends messages through the public `request()` from its threads. Both paths reach the
same helper, `_next_id()`, so `self._last_id += 1` runs on the reader thread and on the callers' at
once: two requests can get one id, and the reply to one goes to the other's callback (positive)."""
import json
import threading


class DeviceClient(threading.Thread):
    def __init__(self, conn):
        super().__init__(daemon=True)
        self.conn = conn
        self._last_id = 0
        self.waiting = {}

    def run(self):
        for line in self.conn.makefile():
            reply = json.loads(line)
            if reply.get("kind") == "status":
                self._send({"kind": "ack"})
            callback = self.waiting.pop(reply.get("id"), None)
            if callback is not None:
                callback(reply)

    def _next_id(self):
        self._last_id += 1  # expect: GIL001
        return self._last_id

    def _send(self, message, callback=None):
        message["id"] = self._next_id()
        if callback is not None:
            self.waiting[message["id"]] = callback
        self.conn.sendall((json.dumps(message) + "\n").encode())

    def request(self, command, callback=None):
        return self._send({"kind": "command", "command": command}, callback)
