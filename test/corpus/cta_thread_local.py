"""Each thread makes its own session on a threading.local (negative: GIL004)."""
import threading
from concurrent.futures import ThreadPoolExecutor

local = threading.local()


def get_session():
    if not hasattr(local, "session"):
        local.session = object()
    return local.session


def download(url):
    return get_session(), url


with ThreadPoolExecutor(max_workers=4) as ex:
    list(ex.map(download, ["a", "b", "c"]))
