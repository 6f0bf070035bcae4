"""ProcessPoolExecutor.submit/map: separate processes, no shared globals (negative)."""
from concurrent.futures import ProcessPoolExecutor

calls = 0
histogram = {}


def square(x):
    global calls
    calls += 1
    histogram[x % 10] = histogram.get(x % 10, 0) + 1
    return x * x


def main():
    with ProcessPoolExecutor(max_workers=2) as pool:
        squares = list(pool.map(square, range(20)))
        extra = pool.submit(square, 99).result()
    return squares, extra


if __name__ == "__main__":
    print(main())
