"""Lists that started threads fill, read by the starter only once it has waited: after joining every thread, or as the
first look of a loop that polls until all are in (negative: no finding)."""
import threading
import time

finished = []


def download(url):
    time.sleep(0.01)
    finished.append(url)


def fetch_all(urls):
    workers = [threading.Thread(target=download, args=(u,)) for u in urls]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return len(finished)


if __name__ == "__main__":
    urls = [f"https://example.org/{n}" for n in range(4)]
    for u in urls:
        threading.Thread(target=download, args=(u,), daemon=True).start()
    count = len(finished)
    while count < len(urls):
        time.sleep(0.05)
        count = len(finished)
    print(fetch_all(urls))
