"""`if name not in roster: roster.append(name)` on a module-level list from pool threads (positive: GIL004 on a list)."""
from concurrent.futures import ThreadPoolExecutor

roster = []


def register(name):
    if name not in roster:  # expect: GIL004
        roster.append(name)
    return len(roster)


with ThreadPoolExecutor(max_workers=4) as pool:
    pool.map(register, ["ana", "bo", "ana", "cy", "bo"])
