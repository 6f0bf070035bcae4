"""The same blur, but every task is handed the whole picture, so all of them add into every row (positive)."""
from concurrent.futures import ThreadPoolExecutor


def blur_rows(src, dst, width, first, last):
    for y in range(first, last):
        for x in range(width):
            dst[y][x] += (src[y][x - 1] + src[y][x] + src[y][(x + 1) % width]) / 3  # expect: GIL001


def blur(src, passes=4):
    height, width = len(src), len(src[0])
    dst = [[0.0] * width for _ in range(height)]
    top = 0
    with ThreadPoolExecutor(max_workers=passes) as pool:
        for n in range(passes):
            pool.submit(blur_rows, src, dst, width, top, height)
    return dst


print(blur([[float(x * y) for x in range(8)] for y in range(8)]))
