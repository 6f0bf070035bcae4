"""A class (not a Thread) whose constructor starts a thread on its own `start()` method, which the program then also calls
itself: two threads drain the one list of announcements, and both can see the last one (positive: GIL004 once). The
`start()` here is the class's own method, not a thread's."""
import threading
import time


class Announcer:
    def __init__(self):
        self.pending = []
        self.worker = threading.Thread(target=self.start, daemon=True)
        self.worker.start()

    def queue(self, text):
        self.pending.append(text)

    def start(self):
        while self.pending:  # expect: GIL004
            text = self.pending.pop(0)
            print("now boarding:", text)
            time.sleep(0.01)


desk = Announcer()
desk.queue("gate 4")
desk.queue("gate 9")
desk.start()
