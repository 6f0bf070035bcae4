"""Threads that go through a shared dict or set while other threads add to it: the loop can stop with RuntimeError (positive: GIL004 twice)."""
import threading
import time

members = {}
tags = set()
members_lock = threading.Lock()


def join(name, sock):
    with members_lock:
        members[name] = sock
    tags.add(name[0])


def broadcast(text):
    for name, sock in members.items():  # expect: GIL004
        print("to", name, text, sock)


def report():
    while True:
        print(sorted(t for t in tags))  # expect: GIL004
        time.sleep(1)


for n in range(5):
    threading.Thread(target=join, args=(f"user{n}", None)).start()
    threading.Thread(target=broadcast, args=("hi",)).start()
threading.Thread(target=report, daemon=True).start()
