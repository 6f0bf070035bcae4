"""Done callbacks that cannot race: under a lock, one future once, and asyncio futures on the event loop (negative)."""
import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

finished = 0
finished_lock = threading.Lock()
last = None
loop_done = 0


def count_done(future):
    global finished
    with finished_lock:
        finished += 1


def remember(future):
    global last
    last = future.result()
    global finished
    finished_alone = finished + 0
    return finished_alone


def on_loop(task):
    global loop_done
    loop_done += 1


async def gather_on_loop():
    tasks = [asyncio.ensure_future(asyncio.sleep(0)) for _ in range(5)]
    for task in tasks:
        task.add_done_callback(on_loop)
    await asyncio.gather(*tasks)


def main():
    with ThreadPoolExecutor(max_workers=4) as pool:
        for n in range(20):
            pool.submit(pow, n, 2).add_done_callback(count_done)
        only = pool.submit(pow, 2, 10)
        only.add_done_callback(remember)
    asyncio.run(gather_on_loop())


if __name__ == "__main__":
    main()
