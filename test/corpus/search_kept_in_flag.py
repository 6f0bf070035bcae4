"""A search for a name kept in a flag (`found = False`, a loop that sets it when a room has the name) before the name is added: two threads can both search, both miss it, and both add it (positive: GIL004 twice)."""
import threading

rooms = []
topics = []


def create_room(name):
    exists = False
    for i in range(0, len(rooms)):  # expect: GIL004
        if name == rooms[i]:
            exists = True
    if exists == False:
        rooms.append(name)


def follow(topic):
    seen = False
    for t in topics:  # expect: GIL004
        if t == topic:
            seen = True
            break
    if not seen:
        topics.append(topic)


for n in ("news", "news", "chat"):
    threading.Thread(target=create_room, args=(n,)).start()
    threading.Thread(target=follow, args=(n,)).start()
