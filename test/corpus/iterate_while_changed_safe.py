"""Going through a copy taken under the lock the changes hold, the loop under that lock, a dict whose values alone are replaced, and a list (negative)."""
import threading

members = {}
members_lock = threading.Lock()
seats = {"1A": True, "1B": True}
queue_names = []


def join(name, sock):
    with members_lock:
        members[name] = sock
    queue_names.append(name)


def broadcast(text):
    with members_lock:
        snapshot = list(members.items())
    for name, sock in snapshot:
        print("to", name, text, sock)
    with members_lock:
        for name in members:
            print(name)
    for name in queue_names:
        print(name)


def reset_seats():
    for seat in seats:
        seats[seat] = True


for n in range(5):
    threading.Thread(target=join, args=(f"user{n}", None)).start()
    threading.Thread(target=broadcast, args=("hi",)).start()
    threading.Thread(target=reset_seats).start()
