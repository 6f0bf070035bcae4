"""A relay rotates through its mirrors. send() takes the lock with acquire() and releases it in
`finally`, and calls forward(), which calls rotate(): the rotation only ever runs with the lock held
(negative). The probe rotates the same way with no lock (positive)."""
import threading


class Relay:
    def __init__(self, mirrors):
        self.mirrors = mirrors
        self.turn = 0
        self.sent = 0
        self.lock = threading.Lock()

    def rotate(self):
        self.turn += 1
        if self.turn >= len(self.mirrors):
            self.turn = 0
        return self.mirrors[self.turn]

    def forward(self, message):
        mirror = self.rotate()
        self.sent += 1
        return f"{mirror}:{message}"

    def send(self, message):
        self.lock.acquire()
        try:
            return self.forward(message)
        finally:
            self.lock.release()


class Probe:
    def __init__(self, mirrors):
        self.mirrors = mirrors
        self.turn = 0
        self.answers = []
        self.lock = threading.Lock()

    def rotate(self):
        self.turn += 1  # expect: GIL001
        return self.mirrors[self.turn % len(self.mirrors)]

    def record(self, answer):
        self.lock.acquire()
        try:
            self.answers.append(answer)
        finally:
            self.lock.release()

    def ping(self):
        self.record(self.rotate())
