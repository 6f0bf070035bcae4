"""A heartbeat Timer kept in a module global re-arms itself while an exit handler cancels it (positive: GIL001 once)."""
import atexit
import threading

heartbeat = None


def beat():
    global heartbeat
    print("beat")
    heartbeat = threading.Timer(2.0, beat)  # expect: GIL001
    heartbeat.start()


def stop_beating():
    heartbeat.cancel()


heartbeat = threading.Timer(2.0, beat)
heartbeat.start()
atexit.register(stop_beating)
