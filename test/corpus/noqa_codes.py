"""`# noqa: GIL001` silences that code; `# noqa: E501` does not (one positive)."""
import threading

sampled = 0
dropped = 0


def sample(value):
    global sampled, dropped
    if value % 2:
        sampled += 1  # noqa: GIL001
    else:
        dropped += 1  # noqa: E501  # expect: GIL001


def main():
    threads = [threading.Thread(target=sample, args=(i,)) for i in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
