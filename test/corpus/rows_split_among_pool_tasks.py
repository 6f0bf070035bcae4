"""A heat map blurred by a pool: each task gets its own block of rows, worked out from its round's number, and adds into those rows only (negative)."""
from concurrent.futures import ThreadPoolExecutor


def blur_rows(src, dst, width, first, last):
    for y in range(first, last):
        for x in range(width):
            dst[y][x] += (src[y][x - 1] + src[y][x] + src[y][(x + 1) % width]) / 3


def blur(src, workers=4):
    height, width = len(src), len(src[0])
    dst = [[0.0] * width for _ in range(height)]
    rows = height // workers
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for n in range(workers):
            first = n * rows
            last = first + rows
            if n == workers - 1:
                last = height
            pool.submit(blur_rows, src, dst, width, first, last)
    return dst


print(blur([[float(x * y) for x in range(8)] for y in range(8)]))
