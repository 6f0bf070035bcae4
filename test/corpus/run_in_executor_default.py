"""loop.run_in_executor(None, ...) uses the default ThreadPoolExecutor (positive)."""
import asyncio

cache_misses = 0
cache = {}


def load(key):
    global cache_misses
    if key not in cache:  # expect: GIL004
        cache_misses += 1  # expect: GIL001
        cache[key] = key.upper()
    return cache[key]


async def lookup_all(keys):
    loop = asyncio.get_running_loop()
    return await asyncio.gather(*[loop.run_in_executor(None, load, k) for k in keys])
