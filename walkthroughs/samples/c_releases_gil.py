"""Work in C that lets go of the GIL: hashing a large buffer with hashlib.

hashlib releases the GIL while it hashes a large buffer (more than about 2 KB at once), so while one
thread hashes, other threads can run: click "Serial vs threaded" above hash_buffer() (or the
walkthrough's button) and compare with cpu_bound.py, whose pure-Python loop holds the GIL.
Run this file directly to time it the way the lesson does: `python c_releases_gil.py`.
"""
import hashlib
import threading
import time

DATA = bytes(range(256)) * (256 * 1024)  # 64 MiB
ROUNDS = 4  # about 0.1-0.5 s per call


def hash_buffer():
    digest = hashlib.sha256()
    for _ in range(ROUNDS):
        digest.update(DATA)  # in C, without the GIL while it hashes
    return digest.hexdigest()


if __name__ == "__main__":
    start = time.perf_counter()
    hash_buffer()
    hash_buffer()
    print(f"serial, 2 calls:    {time.perf_counter() - start:.2f} s")

    start = time.perf_counter()
    threads = [threading.Thread(target=hash_buffer) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"2 threads, 2 calls: {time.perf_counter() - start:.2f} s")
