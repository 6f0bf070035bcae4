"""threading.local() gives each thread its own attributes (negative)."""
import threading

local = threading.local()


def handle(requests):
    local.count = 0
    local.total = 0
    for size in requests:
        local.count += 1
        local.total += size
    return local.total / max(local.count, 1)


def main():
    threads = [threading.Thread(target=handle, args=([1, 2, 3],)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
