"""A chat server with rooms: each client's thread looks up its room's member list into a local, then
sends to every member, while another client's thread, leaving, removes itself from that same list
through a local of its own. The local is the list kept in the dict, not a copy, so the loop can skip
a member or send to one that just left (positive)."""
import socket
import threading

rooms = {}
rooms_lock = threading.Lock()


def enter(room, conn):
    with rooms_lock:
        rooms.setdefault(room, []).append(conn)


def leave(room, conn):
    members = rooms.get(room)
    if members is None:
        return
    members.remove(conn)
    conn.close()


def broadcast(room, text):
    members = rooms.get(room)
    if members is None:
        return
    for member in members:  # expect: GIL004
        member.sendall(text)


def client_thread(conn):
    room = conn.recv(16).decode().strip()
    enter(room, conn)
    while True:
        text = conn.recv(1024)
        if not text:
            leave(room, conn)
            break
        broadcast(room, text)


def serve(port=9100):
    listener = socket.create_server(("127.0.0.1", port))
    while True:
        conn, _ = listener.accept()
        threading.Thread(target=client_thread, args=(conn,), daemon=True).start()


if __name__ == "__main__":
    serve()
