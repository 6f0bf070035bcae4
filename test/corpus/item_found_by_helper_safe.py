"""The same lookup, with the updates under the room's lock, and a helper that returns a copy (negative: no findings)."""
import threading

rooms = []


class Room:
    def __init__(self, rid):
        self.rid = rid
        self.ball = 0
        self.lock = threading.Lock()


def find_room(rid):
    for room in rooms:
        if room.rid == rid:
            return room
    return None


def snapshot(rid):
    return {"rid": rid, "ball": 0}


def play(rid):
    room = find_room(rid)
    with room.lock:
        room.ball += 1
    mine = snapshot(rid)
    mine["ball"] += 1


rooms.append(Room(7))
for _ in range(2):
    threading.Thread(target=play, args=(7,)).start()
