"""Lazy set-up in code no thread runs (negative: GIL004)."""
import threading

_config = None


def config():
    global _config
    if _config is None:
        _config = {"debug": False}
    return _config


def tick():
    return 1


config()
threading.Thread(target=tick).start()
