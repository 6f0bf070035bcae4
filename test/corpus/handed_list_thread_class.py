"""Listener threads handed one list of subscribers by the loop that makes them: one walks it while another leaves it (positive: shape 2)."""
import threading


class Listener(threading.Thread):
    def __init__(self, inbox, subscribers):
        super().__init__()
        self.inbox = inbox
        self.subscribers = subscribers

    def run(self):
        for note in self.inbox:
            if note == "bye":
                self.subscribers.remove(self.inbox)
                return
            for other in self.subscribers:  # expect: GIL004
                other.append(note)


def start_listeners(inboxes):
    subscribers = list(inboxes)
    listeners = []
    for inbox in inboxes:
        listener = Listener(inbox, subscribers)
        listener.start()
        listeners.append(listener)
    return listeners
