"""Key tests that look in a copy of the keys (`list(d.keys())`, `set(d)`) before acting on the dict:
the copy is taken now, the dict may change before the act (positive)."""
import threading

sessions = {}
banned = {}


def disconnect(session_id):
    if session_id in list(sessions.keys()):  # expect: GIL004
        sessions.pop(session_id)


def ban(address, reason):
    if address not in set(banned):  # expect: GIL004
        banned[address] = reason


def handle(session_id, address):
    ban(address, "too many attempts")
    disconnect(session_id)


for n in range(8):
    threading.Thread(target=handle, args=(n % 3, f"10.0.0.{n % 2}")).start()
