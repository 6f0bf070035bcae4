"""Values the thread sets, read by its users' methods only where that is safe (negative)."""
import socket
import threading


class ChatBot(threading.Thread):
    def __init__(self, host):
        super().__init__(daemon=True)
        self.host = host
        self.sock = socket.socket()
        self.room = None
        self.joined = threading.Event()

    def say(self, room, text):
        self.sock.sendall(f"MSG {room} {text}\n".encode())

    def announce(self, text):
        self.joined.wait()
        self.say(self.room, text)

    def current_room(self):
        return self.room

    def run(self):
        self.room = "#lobby"
        self.sock.connect((self.host, 6667))
        self.joined.set()
        while True:
            self.sock.recv(1024)


class Summer(threading.Thread):
    def __init__(self, numbers):
        super().__init__()
        self.numbers = numbers

    def run(self):
        self.total = sum(self.numbers)

    def result(self):
        return self.total


worker = Summer(range(10))
worker.start()
worker.join()
print(worker.result())
