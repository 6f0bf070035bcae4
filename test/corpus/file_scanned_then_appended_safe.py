"""Files scanned and appended under one lock, by one thread, or each thread its own file; a read that tests nothing (negative: no findings)."""
import threading

RESULTS = "links.txt"
results_lock = threading.Lock()


def remember(link, path):
    with results_lock:
        with open(path) as seen:
            for old in seen:
                if old.strip() == link:
                    return False
        with open(path, "a") as out:
            out.write(link + "\n")
    return True


def log_page(page):
    # Each thread has a file of its own.
    with open(f"page-{page}.txt") as mine:
        for old in mine:
            if old.strip() == "done":
                return
    with open(f"page-{page}.txt", "a") as mine:
        mine.write("done\n")


def copy_header(page):
    header = open(RESULTS).readline()
    with open(f"copy-{page}.txt", "a") as out:
        out.write(header)


def crawl(page):
    remember("https://example.org/%d" % (page % 3), RESULTS)
    log_page(page)
    copy_header(page)


def tally(lines):
    # The only thread that writes `tally.txt`.
    for line in lines:
        if line not in open("tally.txt").read():
            open("tally.txt", "a").write(line)


for p in range(8):
    threading.Thread(target=crawl, args=(p,)).start()
threading.Thread(target=tally, args=(["a", "b"],)).start()
