"""The same flusher with one lock over the cancel and a stopped flag, and over the test of that flag and the new Timer (negative)."""
import threading

import registry

_lock = threading.Lock()
_stopped = False


def _flush():
    print("flush", registry.pending)


def _tick():
    _flush()
    start()


def start():
    with _lock:
        if _stopped:
            return
        registry.timer = threading.Timer(10.0, _tick)
        registry.timer.start()


def stop():
    global _stopped
    with _lock:
        _stopped = True
        registry.timer.cancel()
    _flush()
