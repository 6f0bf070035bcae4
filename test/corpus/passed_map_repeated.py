"""pool.map over [tally] * 8: every call gets the same object (positive: shape 2)."""
from concurrent.futures import ThreadPoolExecutor


class Tally:
    value = 0


def bump(t):
    t.value += 1  # expect: GIL001


tally = Tally()
with ThreadPoolExecutor() as pool:
    list(pool.map(bump, [tally] * 8))
