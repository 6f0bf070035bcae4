"""A cached plain value made at most twice is the same value, a seat claimed under a lock (negative)."""
import pwd
import threading

seats = {"1A": True, "1B": True}
seats_lock = threading.Lock()
_nobody = None


def nobody_uid():
    global _nobody
    if _nobody:
        return _nobody
    _nobody = pwd.getpwnam("nobody")[2]
    return _nobody


def book():
    with seats_lock:
        for seat, free in seats.items():
            if free:
                seats[seat] = False
                return seat
    return None


crowd = [threading.Thread(target=book) for _ in range(3)]
crowd += [threading.Thread(target=nobody_uid) for _ in range(3)]
for t in crowd:
    t.start()
