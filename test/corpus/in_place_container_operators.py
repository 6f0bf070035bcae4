"""In-place operators on containers from pool threads: a set attribute grown with |=, a global list with += (negative: each changes one object in one step); a global number with += (positive)."""
from multiprocessing.dummy import Pool


class Frontier:
    def __init__(self, start):
        self.to_visit = set(start)
        self.found = []

    def expand(self, url):
        links = {url + "/a", url + "/b"}
        self.to_visit |= links - {url}
        self.found += [url]


log_lines = []
bytes_seen = 0


def visit(url):
    global log_lines, bytes_seen
    log_lines += [f"visited {url}"]
    bytes_seen += len(url)  # expect: GIL001


frontier = Frontier(["x"])
with Pool(4) as pool:
    pool.map(frontier.expand, ["a", "b", "c"])
    pool.map(visit, ["a", "b", "c"])
