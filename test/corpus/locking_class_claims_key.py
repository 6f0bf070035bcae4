"""A crawl frontier that its users' worker threads call: it locks its politeness table, so its
public methods run in several threads, and `add()` claims a URL with a test and a store that no
lock covers: two workers that find the same link both queue it (positive). The pool below takes
its free-list lock with a try-acquire and adds under it in the `else:` (negative); the watcher
runs its own thread and locks for that thread, its users calling watch() from one thread
(negative)."""
import queue
import threading
import time


class Frontier:
    def __init__(self):
        self.seen = {}
        self.todo = queue.Queue()
        self.polite_lock = threading.Lock()
        self.last_visit = {}

    def add(self, url):
        if url in self.seen:  # expect: GIL004
            return
        self.seen[url] = True
        self.todo.put(url)

    def visited(self, host):
        with self.polite_lock:
            self.last_visit[host] = time.monotonic()


class BlockPool:
    def __init__(self):
        self._lock = threading.Lock()
        self._by_size = {}
        self._pending = []

    def _add_free(self, block):
        try:
            self._by_size[len(block)].append(block)
        except KeyError:
            self._by_size[len(block)] = [block]

    def free(self, block):
        if not self._lock.acquire(False):
            self._pending.append(block)
        else:
            try:
                self._add_free(block)
            finally:
                self._lock.release()

    def take(self, size):
        with self._lock:
            blocks = self._by_size.get(size)
            return blocks.pop() if blocks else bytearray(size)


class Watcher:
    def __init__(self):
        self._changed = threading.Condition()
        self._paths = {}
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def watch(self, path):
        if path in self._paths:
            self._paths[path] += 1
            return
        self._paths[path] = 1

    def _loop(self):
        while True:
            with self._changed:
                self._changed.wait(1.0)
