"""One lock made in main and handed to every thread; the thread code holds it around the helper (negative)."""
import threading

total = 0


def bump():
    global total
    total += 1


def count(guard):
    for _ in range(10_000):
        guard.acquire()
        bump()
        guard.release()


def main():
    guard = threading.Lock()
    first = threading.Thread(target=count, args=(guard,))
    second = threading.Thread(target=count, args=(guard,))
    first.start()
    second.start()
    first.join()
    second.join()
    return total


if __name__ == "__main__":
    main()
