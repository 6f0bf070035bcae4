"""main() starts one collector thread and joins it; main() runs once (negative: shape 4)."""
import threading

totals = {"lines": 0}


def collect(paths):
    for path in paths:
        with open(path) as fh:
            totals["lines"] += sum(1 for _ in fh)


def main():
    worker = threading.Thread(target=collect, args=(["a.txt", "b.txt"],))
    worker.start()
    worker.join()
    print(totals)


if __name__ == "__main__":
    main()
