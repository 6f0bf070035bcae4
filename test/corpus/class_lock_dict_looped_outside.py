"""A library registry changes its tables only under its lock, but other methods go through them without it:
a register() from another thread during the loop breaks it (positive)."""
import threading


class PluginRegistry:
    """Plugins register from their own import threads; the host lists and runs them."""

    def __init__(self):
        self._lock = threading.Lock()
        self._plugins = {}
        self._tags = set()

    def register(self, name, plugin, tag):
        with self._lock:
            if name in self._plugins:
                raise ValueError(f"{name} is registered already")
            self._plugins[name] = plugin
            self._tags.add(tag)

    def unregister(self, name):
        with self._lock:
            self._plugins.pop(name, None)

    def run_all(self, event):
        for name, plugin in self._plugins.items():  # expect: GIL004
            plugin(event)
            print("ran", name)

    def tags(self):
        return sorted(tag.upper() for tag in self._tags)  # expect: GIL004

    def each(self):
        yield from self._plugins.values()  # expect: GIL004

