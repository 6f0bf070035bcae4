"""run_in_executor with an explicit ThreadPoolExecutor (positive)."""
import asyncio
from concurrent.futures import ThreadPoolExecutor

POOL = ThreadPoolExecutor(max_workers=2)
rows_written = 0


def write_rows(rows):
    global rows_written
    for row in rows:
        rows_written += 1  # expect: GIL001
    return len(rows)


async def flush(batches):
    loop = asyncio.get_running_loop()
    futures = [loop.run_in_executor(POOL, write_rows, b) for b in batches]
    return sum(await asyncio.gather(*futures))
