"""A bot's handler store saves itself on a Timer: `save()` hands the handlers dict to a static helper
that pickles it, while the bot's worker threads register and drop handlers. The helper goes through
the very dict it is handed, so a registration during the dump changes it under the pickler
(positive)."""
import pickle
import threading


class HandlerStore:
    def __init__(self, path="handlers.save", delay=30):
        self.handlers = {}
        self.path = path
        self.delay = delay
        self.timer = threading.Timer(delay, self.save)

    def register(self, chat_id, handler):
        if chat_id in self.handlers:
            self.handlers[chat_id].append(handler)
        else:
            self.handlers[chat_id] = [handler]
        self.schedule_save()

    def drop(self, chat_id):
        self.handlers.pop(chat_id, None)
        self.schedule_save()

    def schedule_save(self):
        if not self.timer.is_alive():
            self.timer = threading.Timer(self.delay, self.save)
            self.timer.start()

    def save(self):
        self.write_out(self.handlers, self.path)  # expect: GIL004

    @staticmethod
    def write_out(handlers, path):
        with open(path, "wb") as f:
            pickle.dump(handlers, f)
