"""A subclass takes the lock its base class makes around the base's state, and updates a counter of
its own without it: its methods are meant for several threads (positive); under the lock (negative)."""
import threading


class Balancer:
    def __init__(self):
        self._members_lock = threading.Lock()
        self._members = []

    def add(self, member):
        with self._members_lock:
            self._members.append(member)


class RotatingBalancer(Balancer):
    def __init__(self):
        super().__init__()
        self._turn = 0

    def pick(self):
        with self._members_lock:
            members = list(self._members)
        self._turn += 1  # expect: GIL001
        return members[self._turn % len(members)] if members else None


class SafeRotatingBalancer(Balancer):
    def __init__(self):
        super().__init__()
        self._turn = 0

    def pick(self):
        with self._members_lock:
            self._turn += 1
            members = list(self._members)
            turn = self._turn
        return members[turn % len(members)] if members else None
