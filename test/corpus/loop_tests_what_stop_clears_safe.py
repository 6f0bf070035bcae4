"""The listener's thread takes the socket into a local each round; or its loop runs on a flag and a socket stop() never clears (negative)."""
import socket
import threading


class Listener:
    def __init__(self, port):
        self.port = port
        self.sock = None

    def start(self):
        self.sock = socket.create_server(("127.0.0.1", self.port))
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self):
        while True:
            sock = self.sock
            if sock is None:
                break
            try:
                conn, _ = sock.accept()
            except OSError:
                break
            conn.close()

    def stop(self):
        sock = self.sock
        self.sock = None
        sock.close()


class Poller:
    def __init__(self, source):
        self.source = source
        self.running = False

    def start(self):
        self.running = True
        threading.Thread(target=self.poll, daemon=True).start()

    def poll(self):
        while self.source is not None and self.running:
            print(self.source.read())

    def stop(self):
        self.running = False


listener = Listener(5015)
listener.start()
listener.stop()
