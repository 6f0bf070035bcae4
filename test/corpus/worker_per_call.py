"""A thread started by each call of a method, on the object's own method: calls on one object start several threads that share it (positive: GIL001 twice)."""
import queue
import threading


class Crawler:
    """Each crawl() call starts a fetcher of its own; the fetchers share the crawler."""

    def __init__(self):
        self.pages_fetched = 0

    def crawl(self, url):
        threading.Thread(target=self._fetch, args=(url,)).start()

    def _fetch(self, url):
        print("fetching", url)
        self.pages_fetched += 1  # expect: GIL001


class RenderQueue:
    """A library class: enqueue() is meant for any thread (it takes a lock), and each call may add a worker."""

    def __init__(self, limit=4):
        self._lock = threading.Lock()
        self._jobs = queue.Queue()
        self.limit = limit
        self.workers = 0
        self.rendered = 0

    def enqueue(self, job):
        self._jobs.put(job)
        with self._lock:
            more = self.workers < self.limit
            if more:
                self.workers += 1
        if more:
            threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self):
        while True:
            try:
                job = self._jobs.get_nowait()
            except queue.Empty:
                break
            job()
            self.rendered += 1  # expect: GIL001
        with self._lock:
            self.workers -= 1


crawler = Crawler()
crawler.crawl("https://example.org/a")
crawler.crawl("https://example.org/b")
