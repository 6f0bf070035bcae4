"""A class guards a container with its own lock in some methods and changes it without the lock in another (positive: GIL001 three times)."""
import threading
import time


class Scheduler(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.tasks = {}
        self.tasks_lock = threading.Lock()

    def add(self, name, task):
        with self.tasks_lock:
            self.tasks[name] = task

    def cancel(self, name):
        with self.tasks_lock:
            if name in self.tasks:
                del self.tasks[name]

    def run(self):
        while True:
            for name in list(self.tasks):
                if name.startswith("once:"):
                    task = self.tasks.pop(name)  # expect: GIL001
                    task()
            time.sleep(1)


class Room:
    def __init__(self):
        self.members = []
        self.lock = threading.Lock()

    def join(self, member):
        with self.lock:
            self.members.append(member)

    def say(self, text):
        with self.lock:
            for member in self.members:  # expect: GIL004
                member.send(text)

    def drop_silent(self):
        for member in self.members[:]:  # expect: GIL004
            if member.idle():
                self.members.remove(member)  # expect: GIL001

    def kick(self, member):
        self.members.remove(member)  # expect: GIL001


scheduler = Scheduler()
scheduler.start()
room = Room()
