"""The same handler store, but every change of the dict holds the store's lock, and `save()` hands the
helper a copy taken under it: the pickler goes through the copy, which no other thread changes
(negative)."""
import pickle
import threading


class HandlerStore:
    def __init__(self, path="handlers.save", delay=30):
        self.handlers = {}
        self.lock = threading.Lock()
        self.path = path
        self.delay = delay
        self.timer = threading.Timer(delay, self.save)

    def register(self, chat_id, handler):
        with self.lock:
            if chat_id in self.handlers:
                self.handlers[chat_id].append(handler)
            else:
                self.handlers[chat_id] = [handler]
        self.schedule_save()

    def drop(self, chat_id):
        with self.lock:
            self.handlers.pop(chat_id, None)
        self.schedule_save()

    def schedule_save(self):
        with self.lock:
            if not self.timer.is_alive():
                self.timer = threading.Timer(self.delay, self.save)
                self.timer.start()

    def save(self):
        with self.lock:
            snapshot = {k: list(v) for k, v in self.handlers.items()}
        self.write_out(snapshot, self.path)

    @staticmethod
    def write_out(handlers, path):
        with open(path, "wb") as f:
            pickle.dump(handlers, f)
