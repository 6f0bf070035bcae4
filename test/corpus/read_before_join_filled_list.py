"""Lists that started threads fill, read by the starter right after the starts with no join: a global list the workers
append to under a lock, and a list handed to them in `args` and filled by a helper they call (positive: GIL006 twice);
the lock around each append does not make the starter wait for the appends still to come."""
import threading

guard = threading.Lock()
squares = []


def square(n):
    with guard:
        squares.append(n * n)


def record(out, value):
    with guard:
        out.append(value)


def measure(out, n):
    record(out, len(str(n ** 50)))


if __name__ == "__main__":
    for i in range(50):
        threading.Thread(target=square, args=(i,)).start()
    print(len(squares), sum(squares))  # expect: GIL006
    digits = []
    for i in range(50):
        threading.Thread(target=measure, args=(digits, i)).start()
    print(max(digits, default=0))  # expect: GIL006
