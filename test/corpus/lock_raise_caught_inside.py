"""A `raise` between acquire() and release() that its own `try` catches: the except clause breaks out of the retry loop, and the release after the loop runs (negative). The same with an except clause that does not catch what is raised leaves the lock taken (positive)."""
import threading

port_lock = threading.Lock()
sent = []


class PortBusy(Exception):
    pass


def write_frame(frame):
    return len(frame) < 64


def transmit(frame, tries=3):
    port_lock.acquire()
    ok = False
    for attempt in range(tries):
        try:
            if not write_frame(frame):
                raise PortBusy("port not ready")
        except PortBusy as err:
            print("giving up:", err, attempt)
            break
        sent.append(frame)
        ok = True
        break
    port_lock.release()
    return ok


def transmit_checked(frame):
    port_lock.acquire()
    try:
        if not write_frame(frame):
            raise Exception("port not ready")
    except (OSError, Exception):
        print("write failed")
    sent.append(frame)
    port_lock.release()


def transmit_strict(frame):
    port_lock.acquire()
    try:
        if not write_frame(frame):
            raise RuntimeError("port not ready")  # expect: GIL005
    except ValueError:
        print("bad frame")
    sent.append(frame)
    port_lock.release()


for n in range(3):
    threading.Thread(target=transmit, args=(b"x" * n,)).start()
    threading.Thread(target=transmit_checked, args=(b"y" * n,)).start()
    threading.Thread(target=transmit_strict, args=(b"z" * n,)).start()
