"""A results file scanned for a line, and the line appended when it is missing, by several crawler threads (positive: GIL004 twice)."""
import threading

RESULTS = "links.txt"


def remember(link, path):
    with open(path) as seen:  # expect: GIL004
        for old in seen:
            if old.strip() == link:
                return False
    with open(path, "a") as out:
        out.write(link + "\n")
    return True


def remember_short(link):
    if link not in open(RESULTS).read().split():  # expect: GIL004
        open(RESULTS, "a").write(link + "\n")


def crawl(page):
    remember("https://example.org/%d" % (page % 3), RESULTS)
    remember_short("https://example.org/%d" % (page % 5))


for p in range(8):
    threading.Thread(target=crawl, args=(p,)).start()
