"""A flusher module whose timer lives on a shared settings module (`registry.timer`): the callback re-arms it through start() on the timer's thread while stop(), called by the module's importers, cancels it (positive: GIL001)."""
import threading

import registry


def _flush():
    print("flush", registry.pending)


def _tick():
    _flush()
    start()


def start():
    registry.timer = threading.Timer(10.0, _tick)  # expect: GIL001
    registry.timer.start()


def stop():
    registry.timer.cancel()
    _flush()
