"""Workers take from a shared queue in one step and handle the empty case where it happens, or stop at a sentinel; one lone consumer may ask empty() (negative)."""
import queue
import threading
from queue import Empty

tiles = queue.Queue()
for n in range(64):
    tiles.put(n)
results = queue.Queue()


def render_tiles():
    while True:
        try:
            tile = tiles.get_nowait()
        except queue.Empty:
            return
        results.put(tile * tile)


def render_with_patience():
    while not tiles.empty():
        try:
            tile = tiles.get(timeout=0.1)
        except Empty:
            break
        results.put(tile + 1)


def render_until_sentinel():
    while True:
        tile = tiles.get()
        if tile is None:
            break
        results.put(-tile)


def collect():
    # The only thread that takes from `results`.
    while not results.empty():
        print(results.get())


painters = [threading.Thread(target=render_tiles) for _ in range(3)]
painters += [threading.Thread(target=render_with_patience) for _ in range(3)]
painters += [threading.Thread(target=render_until_sentinel) for _ in range(3)]
for p in painters:
    p.start()
for _ in range(3):
    tiles.put(None)
for p in painters:
    p.join()
collector = threading.Thread(target=collect)
collector.start()
collector.join()
