"""Only the pool's result callback updates the progress counts, and every callback runs on the pool's one result thread, one after another (negative)."""
from multiprocessing.pool import ThreadPool

done = 0
failed = {"count": 0}


def fetch(url):
    return len(url)


def on_done(_size):
    global done
    done += 1


def on_error(_exc):
    failed["count"] += 1


with ThreadPool(4) as pool:
    for url in ["a", "bb", "ccc"]:
        pool.apply_async(fetch, (url,), callback=on_done, error_callback=on_error)
    pool.close()
    pool.join()
print(done, failed)
