"""A scan runner hands its worker to a project helper that starts `settings.threads` threads on it.
The helper's count comes first and is an attribute, the worker second. The workers share the
state object `board` of another module of the project. A worker that asks `empty()` and then
blocks in `get()` can wait for ever when another took the last job (positive), and the hit
counter loses updates (positive). The worker that takes with `get_nowait()` and stops on
`queue.Empty` needs no test first (negative)."""
import queue

from scanner.core.settings import settings
from scanner.core.state import board
from scanner.core.workers import run_threads


def probe_all():
    while not board.jobs.empty() and board.running:  # expect: GIL004
        host, port = board.jobs.get()
        if knock(host, port):
            board.hits += 1  # expect: GIL001


def probe_all_safe():
    while board.running:
        try:
            host, port = board.pending.get_nowait()
        except queue.Empty:
            break
        knock(host, port)


def knock(host, port):
    return (host, port) != ("", 0)


def scan():
    run_threads(settings.threads, probe_all)
    run_threads(settings.threads, probe_all_safe)
