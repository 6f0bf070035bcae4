"""A listener whose start() tests and raises its running flag under its lock, while stop() tests and
lowers it without the lock and then says goodbye to its peer: two threads calling stop() can both find
it running and both send it (positive). A stop() under the same lock, and one that only lowers the
flag with nothing after it but a print, are left alone (negative)."""
import socket
import threading


class Listener:
    def __init__(self):
        self.running = False
        self._lock = threading.Lock()
        self.sock = None

    def start(self, port):
        with self._lock:
            if self.running:
                return
            self.sock = socket.create_server(("127.0.0.1", port))
            self.running = True

    def stop(self):
        if not self.running:  # expect: GIL004
            return
        self.running = False
        self.sock.sendall(b"BYE\n")
        self.sock.close()


class SafeListener(Listener):
    def stop(self):
        with self._lock:
            if not self.running:
                return
            self.running = False
            self.sock.close()


class Pausable:
    def __init__(self):
        self.active = True
        self._lock = threading.Lock()
        self.count = 0

    def tick(self):
        with self._lock:
            if self.active:
                self.count += 1

    def pause(self):
        if not self.active:
            return
        self.active = False
        print("paused")
