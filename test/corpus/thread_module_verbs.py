"""A name checker starts its workers through the project's own thread module, imported under the
standard library's name: `threading.launch(check, THREADS)` runs `check` on THREADS threads, so
its counters race (positive, twice). The one watcher it starts with `threading.start(watch)` writes
its own count alone, and `ui.launch(report)` of a module not named for threads starts nothing
(negative)."""
import helpers.thread as threading
from app import ui

THREADS = 16
free = 0
gone = 0
ticks = 0
shown = 0


def check():
    global free, gone
    while threading.running:
        if len(threading.next_name()) % 2:
            free += 1  # expect: GIL001
        else:
            gone += 1  # expect: GIL001


def watch():
    global ticks
    ticks += 1


def report():
    global shown
    shown += 1


threading.launch(check, THREADS)
threading.start(watch)
ui.launch(report)
