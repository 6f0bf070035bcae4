"""A busy flag tested by a guard clause and set later: two threads can both find it clear and both
run what it should keep to one (positive); the test and the set under one lock (negative)."""
import threading

SYNCING = False
EXPORTING = False
export_lock = threading.Lock()


def sync(folder):
    global SYNCING
    if SYNCING:  # expect: GIL004
        print("a sync is already running")
        return
    print("scanning", folder)
    try:
        SYNCING = True
        print("copying", folder)
    finally:
        SYNCING = False


def export(folder):
    global EXPORTING
    with export_lock:
        if EXPORTING:
            return
        EXPORTING = True
    try:
        print("exporting", folder)
    finally:
        EXPORTING = False


for name in ("a", "b"):
    threading.Thread(target=sync, args=(name,)).start()
    threading.Thread(target=export, args=(name,)).start()
