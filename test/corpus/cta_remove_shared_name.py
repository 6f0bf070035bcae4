"""Threads remove a name that several of them were handed (the same string), after testing that it is there (positive: GIL004 once)."""
import threading

waiting = ["ann", "bob", "cy"]


def call_next(name):
    if name in waiting:  # expect: GIL004
        waiting.remove(name)
        print("calling", name)


for name in ["ann", "ann", "bob"]:
    threading.Thread(target=call_next, args=(name,)).start()
