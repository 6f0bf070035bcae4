"""A closure that uses a lock and a queue from its enclosing function (negative)."""
import queue
import threading


def gather(sources):
    merged = {}
    merge_lock = threading.Lock()
    errors = queue.Queue()

    def pull(source):
        try:
            data = source()
        except Exception as exc:  # noqa: BLE001
            errors.put(exc)
            return
        with merge_lock:
            for key, value in data.items():
                merged[key] = merged.get(key, 0) + value

    threads = [threading.Thread(target=pull, args=(s,)) for s in sources]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return merged, list(errors.queue)
