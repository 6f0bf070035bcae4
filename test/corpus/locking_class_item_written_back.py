"""A game world that its connection threads call (the threads are started elsewhere): it locks its
player list, so its public methods run in several threads, and `add_item()` reads a room's stack
into locals and stores it back with a new count, with no lock: two players dropping gold at once
lose one drop (positive). Its `rename()` stores a new tuple from what it is handed, not from what it
read (negative)."""
import threading


class World:
    def __init__(self):
        self.players = []
        self.rooms = {"hall": {}}
        self.players_lock = threading.Lock()

    def join(self, player):
        with self.players_lock:
            self.players.append(player)

    def add_item(self, room, key, count):
        stack = self.rooms[room]
        if key in stack:
            name, have, note = stack[key]
            stack[key] = (name, have + count, note)  # expect: GIL001

    def rename(self, room, key, name, note):
        self.rooms[room][key] = (name, 0, note)
