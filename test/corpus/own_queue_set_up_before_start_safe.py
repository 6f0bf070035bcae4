"""A connection thread that connect() sets up and then starts: its outgoing queue is made before the
start, other threads only put() on it, and the thread is the one that takes from it, so an `empty()`
test before its `get()` can only be out of date the other way, with more items (negative). A library's class: its users call connect(), send() and close()."""
import queue
import socket
import threading


class Link(threading.Thread):
    def connect(self, host, port):
        self.outgoing = queue.Queue()
        self.sock = socket.create_connection((host, port))
        self.running = True
        self.start()

    def send(self, line):
        self.outgoing.put(line)

    def close(self):
        self.running = False

    def run(self):
        while self.running:
            if not self.outgoing.empty():
                line = self.outgoing.get()
                self.sock.sendall(line.encode())
        self.sock.close()

