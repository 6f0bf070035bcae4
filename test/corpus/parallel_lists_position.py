"""A chat room keeps its sockets and its nicknames in two lists, kept in step by position. A leaving
client's handler finds its position in one list, removes itself, closes its socket and then reads
the name at that position: another client leaving in between shifts both lists, and the name read
is someone else's, or the position is past the end (positive). The guest book keeps one dict keyed
by the socket under one lock (negative)."""
import socket
import threading

sockets = []
nicknames = []
guests = {}
guests_lock = threading.Lock()
gone = []
both_hang_up = threading.Barrier(2)


def leave(sock):
    both_hang_up.wait()
    position = sockets.index(sock)
    sockets.remove(sock)
    sock.close()
    try:
        name = nicknames[position]  # expect: GIL004
    except IndexError:
        gone.append("past the end")
        return
    nicknames.remove(name)
    gone.append(name)


def leave_guest_book(sock):
    both_hang_up.wait()
    with guests_lock:
        name = guests.pop(sock)
    sock.close()
    gone.append(name)


def trial(guest_book):
    gone.clear()
    pairs = [socket.socketpair() for _ in range(2)]
    for n, (mine, _) in enumerate(pairs):
        sockets.append(mine)
        nicknames.append(f"user{n}")
        guests[mine] = f"user{n}"
    if guest_book:
        threads = [threading.Thread(target=leave_guest_book, args=(mine,)) for mine, _ in pairs]
    else:
        threads = [threading.Thread(target=leave, args=(mine,)) for mine, _ in pairs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for _, theirs in pairs:
        theirs.close()
    sockets.clear()
    nicknames.clear()
    return sorted(gone) != ["user0", "user1"]


for guest_book in (False, True):
    wrong = sum(trial(guest_book) for _ in range(2000))
    print("guest book" if guest_book else "two lists", "named the wrong user in", wrong, "of 2000 rooms")
