"""A link thread stops its reader through a helper that takes the reader out under the link's lock and
stops it after: the helper runs on both sides, but only one of them gets the reader (negative)."""
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
        self.reader_lock = threading.Lock()

    def stop_reader(self):
        with self.reader_lock:
            reader, self.reader = self.reader, None
        if reader is not None:
            reader.stopped.set()
            reader.join()

    def run(self):
        while True:
            self.sock, _ = self.server.accept()
            self.stop_reader()
            with self.reader_lock:
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
