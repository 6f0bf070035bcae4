"""A command-line demo that picks its pool class and its worker through variables: threads by default (positive: GIL001 twice)."""
import argparse
import threading
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from functools import partial

hits = 0


def tally(rounds):
    global hits
    for _ in range(rounds):
        hits += 1  # expect: GIL001


def tally_into(board, rounds):
    for _ in range(rounds):
        board["hits"] += 1  # expect: GIL001


def tally_locked(guard, rounds):
    global hits
    for _ in range(rounds):
        with guard:
            hits += 1


if __name__ == "__main__":
    cli = argparse.ArgumentParser()
    cli.add_argument("--processes", action="store_true")
    cli.add_argument("--board", action="store_true")
    cli.add_argument("--locked", action="store_true")
    opts = cli.parse_args()
    pool_class = ThreadPoolExecutor
    if opts.processes:
        pool_class = ProcessPoolExecutor
    worker = tally
    board = {"hits": 0}
    if opts.board:
        worker = partial(tally_into, board)
    elif opts.locked:
        worker = partial(tally_locked, threading.Lock())
    with pool_class(max_workers=8) as pool:
        list(pool.map(worker, [5000] * 8))
    print(hits, board["hits"])
