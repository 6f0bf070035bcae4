"""Pool workers keep the best-scoring word in a global pair and a record object: they compare the
score part (`leader[1]`, `record.points`) and then replace the whole. Two workers can both beat the
old best, and the lower one may store last (positive, twice). The version that compares and
replaces under one lock keeps the highest (negative)."""
import threading
from concurrent.futures import ThreadPoolExecutor
from types import SimpleNamespace

leader = ("", 0)
record = SimpleNamespace(word="", points=0)
champion = ("", 0)
champion_lock = threading.Lock()


def points(word):
    return sum(ord(c) - 96 for c in word.lower() if c.isalpha())


def judge(word):
    global leader, record
    p = points(word)
    if p > leader[1]:  # expect: GIL004
        leader = (word, p)
    if record.points < p:  # expect: GIL004
        record = SimpleNamespace(word=word, points=p)


def judge_locked(word):
    global champion
    p = points(word)
    with champion_lock:
        if p > champion[1]:
            champion = (word, p)


with ThreadPoolExecutor(max_workers=4) as pool:
    pool.map(judge, ["gil", "thread", "lock", "queue"])
    pool.map(judge_locked, ["gil", "thread", "lock", "queue"])
