"""Class attributes are shared by every instance and thread (positive)."""
import threading


class Session:
    opened = 0
    active = 0

    def __init__(self, user):
        self.user = user

    def open(self):
        Session.opened += 1  # expect: GIL001
        Session.active = Session.active + 1  # expect: GIL001


def login(user):
    Session(user).open()


def main(users):
    threads = [threading.Thread(target=login, args=(u,)) for u in users]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
