"""A module-level client created lazily by whichever thread comes first (positive: GIL004)."""
from concurrent.futures import ThreadPoolExecutor

_session = None


def make_session():
    return {"open": True}


def session():
    global _session
    if _session is None:  # expect: GIL004
        _session = make_session()
    return _session


def work(n):
    return session(), n


with ThreadPoolExecutor() as ex:
    list(ex.map(work, range(4)))
