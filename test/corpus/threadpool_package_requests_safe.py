"""The threadpool package's workers each take the lock before they count or record (negative)."""
import threading
from threadpool import ThreadPool, makeRequests

pages_done = 0
sizes = {}
progress_lock = threading.Lock()


def fetch_page(number):
    global pages_done
    body = "x" * (number * 100)
    with progress_lock:
        if number not in sizes:
            sizes[number] = len(body)
        pages_done += 1
        done = pages_done
    print(f"{done} pages so far")


def fetch_all(count, workers=8):
    pool = ThreadPool(workers)
    for request in makeRequests(fetch_page, list(range(count))):
        pool.putRequest(request)
    pool.wait()
    return pages_done


if __name__ == "__main__":
    print(fetch_all(40), "pages,", len(sizes), "sizes")
