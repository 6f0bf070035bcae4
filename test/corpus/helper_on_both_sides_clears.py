"""A link thread stops its reader through a helper that tests the reader, uses it and clears it; the
helper runs on the link's own thread (each new connection) and on its users' threads (a failed
write): both can pass the test, and one then uses the None the other stored (positive: GIL004 once)."""
import socket
import threading


class Reader(threading.Thread):
    def __init__(self, sock):
        super().__init__(daemon=True)
        self.sock = sock
        self.stopped = threading.Event()

    def run(self):
        while not self.stopped.is_set():
            self.sock.recv(64)


class Link(threading.Thread):
    def __init__(self, server):
        super().__init__(daemon=True)
        self.server = server
        self.sock = None
        self.reader = None

    def stop_reader(self):
        if self.reader != None:  # expect: GIL004
            self.reader.stopped.set()
            self.reader.join()
            self.reader = None

    def run(self):
        while True:
            self.sock, _ = self.server.accept()
            self.stop_reader()
            self.reader = Reader(self.sock)
            self.reader.start()

    def write(self, data):
        try:
            self.sock.send(data)
        except OSError:
            self.stop_reader()


if __name__ == "__main__":
    link = Link(socket.create_server(("127.0.0.1", 7000)))
    link.start()
    while True:
        link.write(input().encode())
