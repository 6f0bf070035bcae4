"""In-flight count raised and lowered in one worker: one finding, the lowering is its related location (positive: shape 6)."""
from concurrent.futures import ThreadPoolExecutor

in_flight = 0
peak = 0


def fetch(url):
    global in_flight, peak
    in_flight += 1  # expect: GIL001
    peak = max(peak, in_flight)  # expect: GIL001
    try:
        return len(url)
    finally:
        in_flight -= 1  # related to line 10: the same state, the same function


with ThreadPoolExecutor(max_workers=4) as pool:
    sizes = list(pool.map(fetch, ["a", "bb", "ccc"]))
