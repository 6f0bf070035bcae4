"""A checker starts a thread per page to fill a slot each, joins them all, then loops over the slots (negative)."""
import threading

pages = ["index", "about", "blog"]
sizes = [None] * len(pages)


def measure(slot, page):
    sizes[slot] = len(page) * 100


def check_sizes():
    workers = []
    for slot, page in enumerate(pages):
        worker = threading.Thread(target=measure, args=(slot, page))
        worker.start()
        workers.append(worker)
    for worker in workers:
        worker.join()
    for size in sizes:
        print("page size", size)


check_sizes()
