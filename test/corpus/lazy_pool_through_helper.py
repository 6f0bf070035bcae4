"""A library's shared pools: the `io_pool` property makes them on first use through `_make_pools()`, with no lock over the test and the helper's store (positive: GIL004 on the test); the `cpu_pool` property's helper re-tests under a lock (negative)."""
import threading
from concurrent.futures import ThreadPoolExecutor


class Pools:
    def __init__(self):
        self._io_pool = None
        self._cpu_pool = None
        self._guard = threading.Lock()

    def _make_pools(self):
        self._io_pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix="io")

    def _make_cpu_pool(self):
        with self._guard:
            if self._cpu_pool is None:
                self._cpu_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="cpu")

    @property
    def io_pool(self):
        if self._io_pool is None:  # expect: GIL004
            self._make_pools()
        return self._io_pool

    @property
    def cpu_pool(self):
        if self._cpu_pool is None:
            self._make_cpu_pool()
        return self._cpu_pool
