"""The threadpool package runs what makeRequests wraps on its worker threads, several at once (positive)."""
import threadpool

pages_done = 0
sizes = {}


def fetch_page(number):
    global pages_done
    body = "x" * (number * 100)
    if number not in sizes:  # expect: GIL004
        sizes[number] = len(body)
    pages_done += 1  # expect: GIL001
    print(f"{pages_done} pages so far")


def fetch_all(count, workers=8):
    pool = threadpool.ThreadPool(workers)
    for request in threadpool.makeRequests(fetch_page, list(range(count))):
        pool.putRequest(request)
    pool.wait()
    return pages_done


if __name__ == "__main__":
    print(fetch_all(40), "pages,", len(sizes), "sizes")
