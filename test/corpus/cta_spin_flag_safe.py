"""Waiting for a flag that one thread sets, with an Event, or with the flag taken under a real lock (negative)."""
import threading
import time

ready = False
started = threading.Event()
gate_lock = threading.Lock()
gate_closed = False


def wait_until_ready():
    while not ready:
        time.sleep(0.01)
    print("go")


def wait_for_event():
    started.wait()
    print("started")


def enter_gate():
    global gate_closed
    with gate_lock:
        while gate_closed:
            pass
        gate_closed = True
    print("inside")
    with gate_lock:
        gate_closed = False


waiters = [threading.Thread(target=wait_until_ready) for _ in range(3)]
waiters += [threading.Thread(target=wait_for_event) for _ in range(3)]
waiters.append(threading.Thread(target=enter_gate))
for w in waiters:
    w.start()
ready = True
started.set()
