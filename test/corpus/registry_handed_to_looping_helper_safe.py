"""The same plugin registry, but the workers add under a lock and the Timer hands the helper a copy
taken under it: the helper loops over the copy (negative)."""
import threading
import time

plugins = {}
plugins_lock = threading.Lock()


def load(name):
    time.sleep(0.01)
    with plugins_lock:
        plugins[name] = "loaded %s" % name


def print_table(table):
    for name, state in table.items():
        print(name, state)


def report():
    with plugins_lock:
        snapshot = dict(plugins)
    print_table(snapshot)


threading.Timer(0.02, report).start()
for n in range(20):
    threading.Thread(target=load, args=("plugin-%d" % n,)).start()
