"""A session pool adds sessions through a helper it calls only under its lock, and prunes idle ones with no lock (positive)."""
import threading
import time


class Session:
    def __init__(self):
        self.in_use = False
        self.opened = time.monotonic()


class SessionPool:
    def __init__(self, size=4):
        self.sessions = []
        self.lock = threading.Lock()
        self.size = size

    def _open_one(self):
        if len(self.sessions) < self.size:
            self.sessions.append(Session())

    def acquire(self):
        with self.lock:
            self._open_one()
            for session in self.sessions:
                if not session.in_use:
                    session.in_use = True
                    return session
        return None

    def release(self, session):
        with self.lock:
            session.in_use = False

    def prune_idle(self):
        busy = [s for s in self.sessions if s.in_use]
        self.sessions = busy  # expect: GIL001


def pruner(pool):
    for _ in range(20):
        pool.prune_idle()
        time.sleep(0.001)


def client(pool):
    for _ in range(100):
        session = pool.acquire()
        if session is not None:
            pool.release(session)


if __name__ == "__main__":
    pool = SessionPool()
    threads = [threading.Thread(target=client, args=(pool,)) for _ in range(4)]
    threads.append(threading.Thread(target=pruner, args=(pool,)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(len(pool.sessions), "sessions kept")
