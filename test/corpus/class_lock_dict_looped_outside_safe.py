"""A registry whose loops take the lock, or go through a copy made under it (negative)."""
import threading


class PluginRegistry:
    """Plugins register from their own import threads; the host lists and runs them."""

    def __init__(self):
        self._lock = threading.Lock()
        self._plugins = {}
        self._tags = set()
        for name in ("core", "log"):
            self._plugins[name] = print
        for name in self._plugins:
            self._tags.add(name)

    def register(self, name, plugin, tag):
        with self._lock:
            self._plugins[name] = plugin
            self._tags.add(tag)

    def unregister(self, name):
        with self._lock:
            self._plugins.pop(name, None)
            for tag in self._tags:
                print("still tagged", tag)

    def run_all(self, event):
        with self._lock:
            plugins = list(self._plugins.items())
        for name, plugin in plugins:
            plugin(event)
            print("ran", name)

    def tags(self):
        with self._lock:
            return sorted(tag.upper() for tag in self._tags)

    def each(self):
        with self._lock:
            plugins = list(self._plugins.values())
        yield from plugins


class Unshared:
    """No lock anywhere: a plain object, not said to be meant for threads."""

    def __init__(self):
        self.items = {}

    def add(self, k, v):
        self.items[k] = v

    def show(self):
        for k in self.items:
            print(k)

