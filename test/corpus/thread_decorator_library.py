"""multitasking's @task runs each call on a thread of its own: a class attribute saved, changed and put back (positive)."""
import multitasking


class Feed:
    verbose = True
    downloaded = 0


@multitasking.task
def download(symbol, store):
    before = Feed.verbose
    Feed.verbose = False
    store[symbol] = symbol.lower()
    Feed.downloaded += 1  # expect: GIL001
    Feed.verbose = before  # expect: GIL001


if __name__ == "__main__":
    prices = {}
    for name in ("ABC", "DEF", "GHI"):
        download(name, prices)
    multitasking.wait_for_tasks()
    print(Feed.downloaded, prices)
