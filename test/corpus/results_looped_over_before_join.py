"""A checker starts a thread per page to fill a slot each, then loops over the slots at once (positive: GIL006 once)."""
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
    for size in sizes:  # expect: GIL006
        print("page size", size)
    for worker in workers:
        worker.join()


check_sizes()
