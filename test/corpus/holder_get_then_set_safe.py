"""Holders read and stored back under one lock, by one thread, per thread (a ContextVar), or read from one and stored in another (negative: no findings)."""
import contextvars
import threading


class TextVar:
    def __init__(self, value=""):
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value


transcript = TextVar()
transcript_lock = threading.Lock()
depth = contextvars.ContextVar("depth", default=0)
summary = TextVar()
source = TextVar("ready")


def relay(conn):
    line = conn.recv(1024).decode()
    with transcript_lock:
        transcript.set(transcript.get() + "\n" + line)
    depth.set(depth.get() + 1)
    summary.set(source.get())


def tally(lines):
    # The only thread that stores into `summary_count`.
    for line in lines:
        summary_count.set(summary_count.get() + len(line))


summary_count = TextVar(0)
for c in range(4):
    threading.Thread(target=relay, args=(c,)).start()
threading.Thread(target=tally, args=(["a", "bb"],)).start()
