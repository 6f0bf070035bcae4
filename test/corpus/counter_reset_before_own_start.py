"""Each tally has one counting thread; the function that starts them sets the tallies to zero first, before the starts, and reads them after waiting on the queues (negative). A reset of the same kind after the start runs beside the counting thread (positive)."""
import queue
import threading

pages = queue.Queue()
images = queue.Queue()
page_total = 0
image_total = 0
retries = 0


def count_pages():
    global page_total
    while True:
        size = pages.get()
        page_total += size
        pages.task_done()


def count_images():
    global image_total, retries
    while True:
        size = images.get()
        image_total += size
        retries += 1  # expect: GIL001
        images.task_done()


def tally(sizes):
    global page_total, image_total, retries
    page_total = 0
    if sizes:
        image_total = 0
    threading.Thread(target=count_pages, daemon=True).start()
    threading.Thread(target=count_images, daemon=True).start()
    retries = 0
    for size in sizes:
        pages.put(size)
        images.put(size * 2)
    pages.join()
    images.join()
    return page_total, image_total


if __name__ == "__main__":
    print(tally([3, 4, 5]))
