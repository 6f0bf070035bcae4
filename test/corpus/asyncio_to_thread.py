"""asyncio.to_thread runs blocking code in the default thread pool (positive)."""
import asyncio
import hashlib

digests_done = 0


def digest(path):
    global digests_done
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(65536), b""):
            h.update(block)
    digests_done += 1  # expect: GIL001
    return h.hexdigest()


async def main(paths):
    results = await asyncio.gather(*(asyncio.to_thread(digest, p) for p in paths))
    return dict(zip(paths, results))


if __name__ == "__main__":
    asyncio.run(main(["/etc/hostname"]))
