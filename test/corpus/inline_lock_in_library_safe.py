"""A library module that starts no thread, with its lock made once at module level and in __init__ (negative: no findings)."""
import threading

_settings_lock = threading.Lock()


class Settings:
    instance = None

    def __init__(self):
        self.values = {}
        self.lock = threading.RLock()

    def put(self, key, value):
        with self.lock:
            self.values[key] = value


def get_settings():
    if Settings.instance is None:
        with _settings_lock:
            if Settings.instance is None:
                Settings.instance = Settings()
    return Settings.instance
