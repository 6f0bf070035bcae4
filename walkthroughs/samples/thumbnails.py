"""Pitfall 2: a thread per request is fine for waiting, not for computing.

make_thumbnail() is the image endpoint of the lesson's web server: pure-Python arithmetic over
pixels, no waiting. Time it serially and in threads, then open the panel's timeline and see the
threads' lanes: with the GIL, they take turns.
"""
SIZE = 384  # the source image is SIZE x SIZE grey pixels
SCALE = 8  # the thumbnail is SIZE/SCALE on each side

IMAGE = [[(x * 7 + y * 13) % 256 for x in range(SIZE)] for y in range(SIZE)]


def make_thumbnail():
    """Averages each SCALE x SCALE block of IMAGE into one pixel."""
    thumb = []
    for top in range(0, SIZE, SCALE):
        row = []
        for left in range(0, SIZE, SCALE):
            total = 0
            for y in range(top, top + SCALE):
                line = IMAGE[y]
                for x in range(left, left + SCALE):
                    total += line[x]
            row.append(total // (SCALE * SCALE))
        thumb.append(row)
    return thumb


if __name__ == "__main__":
    thumb = make_thumbnail()
    print(f"{len(thumb)}x{len(thumb[0])} thumbnail, top-left pixel {thumb[0][0]}")
