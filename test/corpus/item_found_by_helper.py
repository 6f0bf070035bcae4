"""A game state found in a module-level list by a helper, then updated by every player's thread (positive: GIL001 twice)."""
import threading

rooms = []


class Room:
    def __init__(self, rid):
        self.rid = rid
        self.ball = 0
        self.points = [0, 0]


def find_room(rid):
    for room in rooms:
        if room.rid == rid:
            return room
    return None


def play(rid, side):
    room = find_room(rid)
    room.ball += 1  # expect: GIL001
    if room.ball > 10:
        room.points[side] += 1  # expect: GIL001


rooms.append(Room(7))
for side in (0, 1):
    threading.Thread(target=play, args=(7, side)).start()
