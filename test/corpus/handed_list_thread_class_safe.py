"""Listener threads each handed a list of their own by the loop that makes them (negative)."""
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
            for other in self.subscribers:
                other.append(note)


def start_listeners(inboxes):
    listeners = []
    for inbox in inboxes:
        subscribers = [inbox]
        listener = Listener(inbox, subscribers)
        listener.start()
        listeners.append(listener)
    return listeners
