"""Singletons made under a lock whose methods keep their own state under a lock too, and code that only
looks like one (negative): a factory that makes a new object under a lock for each caller, kept in a
local, and an asyncio lock around a coroutine's cache (one event loop, not threads)."""
import asyncio
import threading


class FormatterRegistry:
    _instance = None
    _instance_lock = threading.Lock()

    @classmethod
    def instance(cls):
        if cls._instance is None:
            with cls._instance_lock:
                if cls._instance is None:
                    cls._instance = cls()
        return cls._instance

    def __init__(self):
        self.formatters = {}
        self.formatters_lock = threading.Lock()

    def formatter_for(self, kind):
        with self.formatters_lock:
            if kind not in self.formatters:
                self.formatters[kind] = "{:>" + str(len(kind) + 8) + "}"
            return self.formatters[kind]


class Ticket:
    def __init__(self, number):
        self.number = number
        self.notes = {}

    def note(self, key, text):
        if key not in self.notes:
            self.notes[key] = text


_numbers_lock = threading.Lock()
_next_number = 0


def new_ticket():
    global _next_number
    with _numbers_lock:
        _next_number += 1
        ticket = Ticket(_next_number)
    return ticket


class Loader:
    def __init__(self):
        self.cache = {}
        self.lock = asyncio.Lock()

    async def load(self, kind, make):
        async with self.lock:
            made = make(kind)
        if kind not in self.cache:
            self.cache[kind] = made
        return self.cache[kind]
