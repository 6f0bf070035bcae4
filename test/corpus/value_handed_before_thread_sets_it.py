"""A method the object's users call hands on a value only the thread's own code sets (positive: GIL006 twice).

Called before the thread gets there, reading the attribute fails with AttributeError.
"""
import socket
import threading


class ChatBot(threading.Thread):
    def __init__(self, host):
        super().__init__(daemon=True)
        self.host = host
        self.sock = socket.socket()

    def say(self, room, text):
        self.sock.sendall(f"MSG {room} {text}\n".encode())

    def announce(self, text):
        self.say(self.room, text)  # expect: GIL006

    def run(self):
        self.room = "#lobby"
        self.sock.connect((self.host, 6667))
        while True:
            line = self.sock.recv(1024).decode()
            if "hello" in line:
                self.say(self.room, "hi")


class Meter(threading.Thread):
    def run(self):
        self.unit = "kPa"
        while True:
            pass

    def label(self, value):
        return format_reading(value, self.unit)  # expect: GIL006


def format_reading(value, unit):
    return f"{value:.1f} {unit}"
