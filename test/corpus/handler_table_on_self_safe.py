"""Handlers reached through a table the object keeps, run by one thread at a time under the object's lock (negative)."""
import threading
from multiprocessing.dummy import Pool


class ChatBot:
    def __init__(self):
        self.lock = threading.Lock()
        self.rooms = {}
        self.messages = 0
        self.workers = Pool(4)
        self.handlers = {"JOIN": self.on_join, "MSG": self.on_message}

    def on_join(self, room):
        if room not in self.rooms:
            self.rooms[room] = []

    def on_message(self, room):
        self.messages += 1

    def dispatch(self, line):
        command, room = line.split(" ", 1)
        with self.lock:
            self.handlers[command](room)

    def feed(self, lines):
        self.workers.map(self.dispatch, lines)
