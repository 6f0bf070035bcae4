"""A test that the connection is missing, then a helper method that makes it: the act is in the helper, the two steps are still apart (positive: GIL004 twice)."""
import threading
from concurrent.futures import ThreadPoolExecutor


class Client:
    def __init__(self):
        self._conn = None
        self._session = None
        self._lock = threading.Lock()

    def _connect(self):
        with self._lock:
            self._conn = object()

    def _open_session(self):
        self._session = {"token": "t"}

    def send(self, payload):
        if self._conn is None:  # expect: GIL004
            self._connect()
        if not self._session:  # expect: GIL004
            self._open_session()
        return payload


client = Client()
with ThreadPoolExecutor(max_workers=4) as pool:
    for n in range(8):
        pool.submit(client.send, n)
