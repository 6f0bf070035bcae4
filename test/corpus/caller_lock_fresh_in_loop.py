"""The loop makes a new lock before each start: each thread holds its own (positive)."""
import threading

pages = 0


def count_page():
    global pages
    pages += 1  # expect: GIL001


def crawl(guard, n):
    for _ in range(n):
        guard.acquire()
        try:
            count_page()
        finally:
            guard.release()


threads = []
for i in range(4):
    guard = threading.Lock()
    t = threading.Thread(target=crawl, args=(guard, 100))
    threads.append(t)
    t.start()
