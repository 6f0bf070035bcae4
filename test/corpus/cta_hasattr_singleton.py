"""A singleton made on first call, reached from threads, with no lock (positive: GIL004)."""
import threading


class Settings:
    @classmethod
    def get(cls):
        if not hasattr(Settings, "_instance"):  # expect: GIL004
            Settings._instance = Settings()
        return Settings._instance


def handler():
    return Settings.get()


workers = [threading.Thread(target=handler) for _ in range(4)]
for w in workers:
    w.start()
