"""The same key tests on copies of the keys, with one lock over the test and the act, or an act that
cannot fail (`pop` with a default) (negative)."""
import threading

sessions = {}
banned = {}
table_lock = threading.Lock()


def disconnect(session_id):
    if session_id in list(sessions.keys()):
        sessions.pop(session_id, None)


def ban(address, reason):
    with table_lock:
        if address not in set(banned):
            banned[address] = reason


def handle(session_id, address):
    ban(address, "too many attempts")
    disconnect(session_id)


for n in range(8):
    threading.Thread(target=handle, args=(n % 3, f"10.0.0.{n % 2}")).start()
