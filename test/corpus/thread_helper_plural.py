"""A scanner's own helpers start its threads: `run_threads(count, worker)` runs the worker on that
many threads, as does `runThreads`, so their counters race (positive, twice). The one watcher that
`start_thread(watch)` starts alone writes its own count (negative)."""
from scankit.threads import run_threads, runThreads, start_thread

hits = 0
misses = 0
ticks = 0


def probe():
    global hits
    hits += 1  # expect: GIL001


def retry():
    global misses
    misses += 1  # expect: GIL001


def watch():
    global ticks
    ticks += 1


start_thread(watch)
run_threads(8, probe)
runThreads(4, retry)
