"""A library module that guards its registry with a module lock in some functions and not in another: no thread starts here, the lock says callers are on several threads (positive: GIL001 once, GIL004 once)."""
import threading

_registry_lock = threading.Lock()
_handlers = {}
_calls = 0


def register(name, handler):
    with _registry_lock:
        _handlers[name] = handler


def dispatch(name, payload):
    global _calls
    _calls += 1  # expect: GIL001
    with _registry_lock:
        handler = _handlers.get(name)
    return handler(payload) if handler else None


def register_default(name, handler):
    if name not in _handlers:  # expect: GIL004
        _handlers[name] = handler


def stats():
    with _registry_lock:
        return len(_handlers), _calls
