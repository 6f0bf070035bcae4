"""A plugin registry: worker threads register plugins as they load them, and a Timer prints the
registry by handing it to a small helper that loops over what it is given. The helper goes through
the registry itself, not a copy, while the workers add to it (positive)."""
import threading
import time

plugins = {}


def load(name):
    time.sleep(0.01)
    plugins[name] = "loaded %s" % name


def print_table(table):
    for name, state in table.items():
        print(name, state)


def report():
    print_table(plugins)  # expect: GIL004


threading.Timer(0.02, report).start()
for n in range(20):
    threading.Thread(target=load, args=("plugin-%d" % n,)).start()
