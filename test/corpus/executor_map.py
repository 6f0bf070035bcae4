"""ThreadPoolExecutor.map over a list; module list used as an accumulator (positive)."""
import concurrent.futures

totals = [0, 0]


def tally(numbers):
    for n in numbers:
        if n % 2:
            totals[1] += n  # expect: GIL001
        else:
            totals[0] += n  # expect: GIL001
    return len(numbers)


def main():
    chunks = [list(range(i, i + 100)) for i in range(0, 1000, 100)]
    executor = concurrent.futures.ThreadPoolExecutor(max_workers=4)
    try:
        print(sum(executor.map(tally, chunks)))
    finally:
        executor.shutdown()
    print(totals)


if __name__ == "__main__":
    main()
