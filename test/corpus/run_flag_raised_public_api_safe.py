"""The same polling module with the flag raised before the thread starts; and a private halting function that nothing calls (negative)."""
import threading
import time

_active = False
_worker = None
_pollers = []


def start():
    global _worker, _active
    _active = True
    _worker = threading.Thread(target=_run, daemon=True)
    _worker.start()


def stop():
    global _active
    _active = False


def _run():
    while _active:
        for fn in _pollers:
            fn()
        time.sleep(0.05)


_idle = False


def begin():
    threading.Thread(target=_spin, daemon=True).start()


def _halt():
    global _idle
    _idle = True


def _spin():
    global _idle
    _idle = False
    while not _idle:
        time.sleep(0.05)
