"""The same heartbeat, with one lock and a stopped flag over the re-arm and the cancel; and a Timer that only the main program replaces (negative)."""
import atexit
import threading

heartbeat = None
stopped = False
heartbeat_lock = threading.Lock()


def beat():
    global heartbeat
    print("beat")
    with heartbeat_lock:
        if not stopped:
            heartbeat = threading.Timer(2.0, beat)
            heartbeat.start()


def stop_beating():
    global stopped
    with heartbeat_lock:
        stopped = True
        heartbeat.cancel()


def remind():
    print("stand up")


reminder = threading.Timer(60.0, remind)
reminder.start()
reminder.cancel()
reminder = threading.Timer(30.0, remind)
reminder.start()

with heartbeat_lock:
    heartbeat = threading.Timer(2.0, beat)
    heartbeat.start()
atexit.register(stop_beating)
