"""A poller takes the table lock each round and leaves its loop with `break` while still holding it,
on purpose: the seat is assigned under the lock after the loop, which then lets it go (negative).
The second poller breaks out the same way but returns without letting the lock go (positive)."""
import threading
import time

table_lock = threading.Lock()
seats = {"north": None, "south": None}
games = 0


def wait_for_partner(player, seat):
    global games
    while True:
        table_lock.acquire()
        if all(seats.values()):
            break
        table_lock.release()
        time.sleep(0.05)
    seats[seat] = player
    games += 1
    table_lock.release()


def wait_for_any_seat(player):
    while True:
        table_lock.acquire()
        free = [s for s, p in seats.items() if p is None]
        if free:
            break  # expect: GIL005
        table_lock.release()
        time.sleep(0.05)
    seats[free[0]] = player
    return free[0]


for name, seat in (("ana", "north"), ("bo", "south")):
    threading.Thread(target=wait_for_partner, args=(name, seat)).start()
    threading.Thread(target=wait_for_any_seat, args=(name,)).start()
