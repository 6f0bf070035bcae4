"""A parking garage: the gates hand the setter a count they read from the global it stores, and the
setter pauses before it stores, so two gates read the same count and one car is lost (positive,
twice). The display resets through the same setter with a value it did not read (negative); the
barrier holds one lock from the read to the store (negative)."""
import threading
import time

cars = 0
barrier_lock = threading.Lock()


def set_cars(count):
    time.sleep(0.001)
    global cars
    cars = count


def entry_gate(n):
    for _ in range(n):
        set_cars(cars + 1)  # expect: GIL001


def exit_gate(n):
    for _ in range(n):
        set_cars(cars - 1)  # expect: GIL001


def display_reset():
    set_cars(0)


def barrier(n):
    for _ in range(n):
        with barrier_lock:
            set_cars(cars + 1)


for target in (entry_gate, exit_gate, barrier):
    threading.Thread(target=target, args=(50,)).start()
threading.Thread(target=display_reset).start()
