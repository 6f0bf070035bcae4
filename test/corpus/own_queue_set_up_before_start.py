"""The same connection thread, but its users can also drop what is waiting, taking from the queue as
the thread does: the thread's `empty()` test no longer tells it that its `get()` will find an item,
and the `get()` can wait for ever (positive). A library's class: its users call connect(), send() and discard_pending()."""
import queue
import socket
import threading


class Link(threading.Thread):
    def connect(self, host, port):
        self.outgoing = queue.Queue()
        self.sock = socket.create_connection((host, port))
        self.running = True
        self.start()

    def discard_pending(self):
        while True:
            try:
                self.outgoing.get_nowait()
            except queue.Empty:
                break

    def send(self, line):
        self.outgoing.put(line)

    def run(self):
        while self.running:
            if not self.outgoing.empty():  # expect: GIL004
                line = self.outgoing.get()
                self.sock.sendall(line.encode())

