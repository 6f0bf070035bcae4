"""A change and the read of its result under two acquisitions of one lock (positive), and under one (negative)."""
import threading

ticket_lock = threading.Lock()
issued = 0
windows = ["A", "B", "C"]


def take_ticket():
    global issued
    with ticket_lock:
        issued += 1
    with ticket_lock:
        window = windows[issued % len(windows)]  # expect: GIL004
    return window


def take_ticket_once():
    global issued
    with ticket_lock:
        issued += 1
        window = windows[issued % len(windows)]
    return window


for _ in range(4):
    threading.Thread(target=take_ticket).start()
    threading.Thread(target=take_ticket_once).start()
