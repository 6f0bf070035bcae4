"""A polling module whose public API pair its importers call: the loop thread raises the module's run flag itself, so a halt requested before it gets there is undone (positive: GIL006)."""
import threading
import time

_active = False
_worker = None
_pollers = []


def start():
    global _worker
    _worker = threading.Thread(target=_run, daemon=True)
    _worker.start()


def stop():
    global _active
    _active = False


def add_poller(fn):
    _pollers.append(fn)


def _run():
    global _active
    _active = True  # expect: GIL006
    while _active:
        for fn in _pollers:
            fn()
        time.sleep(0.05)
