"""The device client again, with `_next_id()` taking the client's lock over the increment and the read:
the reader thread and the application's threads that call `request()` each get an id of their own
(negative)."""
import json
import threading


class DeviceClient(threading.Thread):
    def __init__(self, conn):
        super().__init__(daemon=True)
        self.conn = conn
        self._ids_lock = threading.Lock()
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
        with self._ids_lock:
            self._last_id += 1
            return self._last_id

    def _send(self, message, callback=None):
        message["id"] = self._next_id()
        if callback is not None:
            self.waiting[message["id"]] = callback
        self.conn.sendall((json.dumps(message) + "\n").encode())

    def request(self, command, callback=None):
        return self._send({"kind": "command", "command": command}, callback)
