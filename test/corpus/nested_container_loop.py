"""Lists kept inside a module-level dict, looped over by some client threads while others remove from them (positive: GIL004 twice)."""
import socket
import threading

rooms = {"lobby": {"members": [], "names": []}, "games": {"members": [], "names": []}}
queues = {"fast": [], "slow": []}


def tell_room(room, text):
    for member in rooms[room]["members"]:  # expect: GIL004
        member.sendall(text)


def serve(room, conn):
    while True:
        data = conn.recv(512)
        if not data:
            rooms[room]["members"].remove(conn)
            conn.close()
            return
        tell_room(room, data)


def drain(lane):
    for job in queues[lane]:  # expect: GIL004
        print("waiting:", job)


def take(lane, job):
    queues[lane].remove(job)


def main():
    listener = socket.create_server(("127.0.0.1", 7070))
    for lane in ("fast", "slow"):
        threading.Thread(target=drain, args=(lane,)).start()
        threading.Thread(target=take, args=(lane, "x")).start()
    while True:
        conn, _ = listener.accept()
        rooms["lobby"]["members"].append(conn)
        threading.Thread(target=serve, args=("lobby", conn), daemon=True).start()
