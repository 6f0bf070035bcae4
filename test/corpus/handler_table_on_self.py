"""Handlers reached through a table the object keeps (`self.handlers[cmd](arg)`), from a thread pool's workers (positive: GIL004 once, GIL001 once)."""
from multiprocessing.dummy import Pool


class ChatBot:
    def __init__(self):
        self.rooms = {}
        self.messages = 0
        self.workers = Pool(4)
        self.handlers = {"JOIN": self.on_join, "MSG": self.on_message}

    def on_join(self, room):
        if room not in self.rooms:  # expect: GIL004
            self.rooms[room] = []

    def on_message(self, room):
        self.messages += 1  # expect: GIL001

    def dispatch(self, line):
        command, room = line.split(" ", 1)
        self.handlers[command](room)

    def feed(self, lines):
        self.workers.map(self.dispatch, lines)
