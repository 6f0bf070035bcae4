"""Searches kept in a flag under the lock that guards the add, or over another list than the one added to (negative: no findings)."""
import threading

rooms = []
banned = ["spam"]
rooms_lock = threading.Lock()


def create_room(name):
    with rooms_lock:
        exists = False
        for room in rooms:
            if room == name:
                exists = True
        if not exists:
            rooms.append(name)


def create_checked(name):
    blocked = False
    for word in banned:
        if word == name:
            blocked = True
    if not blocked:
        with rooms_lock:
            if name not in rooms:
                rooms.append(name)


for n in ("news", "news", "spam"):
    threading.Thread(target=create_room, args=(n,)).start()
    threading.Thread(target=create_checked, args=(n,)).start()
