"""asyncio.to_thread with the update under a lock (negative)."""
import asyncio
import threading

bytes_read = 0
read_lock = threading.Lock()


def read_file(path):
    global bytes_read
    with open(path, "rb") as fh:
        data = fh.read()
    with read_lock:
        bytes_read += len(data)
    return data


async def main(paths):
    return await asyncio.gather(*(asyncio.to_thread(read_file, p) for p in paths))
