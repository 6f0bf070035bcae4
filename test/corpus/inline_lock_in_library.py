"""A library module that starts no thread but means its code for threads: a lock made in the `with` itself protects nothing there either (positive: GIL002 twice)."""
import threading


class Settings:
    instance = None

    def __init__(self):
        self.values = {}

    def put(self, key, value):
        with threading.RLock():  # expect: GIL002
            self.values[key] = value


def get_settings():
    if Settings.instance is None:
        with threading.Lock():  # expect: GIL002
            if Settings.instance is None:
                Settings.instance = Settings()
    return Settings.instance
