"""The textbook fix: a module-level lock around the update (negative)."""
import threading

counter = 0
counter_lock = threading.Lock()


def increment(times):
    global counter
    for _ in range(times):
        with counter_lock:
            counter += 1


def main():
    threads = [threading.Thread(target=increment, args=(100_000,)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert counter == 400_000, counter


if __name__ == "__main__":
    main()
