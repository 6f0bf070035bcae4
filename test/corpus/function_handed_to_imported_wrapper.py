"""A pool task that is an imported wrapper (`with_retries`, `guarded_call`) handed a function of this
module: the wrapper calls it on the pool's threads, so the closure's counter loses updates
(positive); a per-part slot keyed by the part's own index is each task's own (negative)."""
from concurrent.futures import ThreadPoolExecutor

from .retry import with_retries


def upload(parts, send_part):
    sent_bytes = 0
    sizes = {}

    def send(index, part):
        nonlocal sent_bytes
        send_part(index, part)
        sent_bytes += len(part)  # expect: GIL001
        sizes[index] = len(part)

    with ThreadPoolExecutor(max_workers=4) as pool:
        for index, part in enumerate(parts):
            pool.submit(with_retries, send, index, part)
    return sent_bytes, sizes
