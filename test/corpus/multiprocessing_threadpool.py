"""multiprocessing.pool.ThreadPool runs functions in threads (positive)."""
from multiprocessing.pool import ThreadPool

word_counts = {}


def count_words(line):
    for word in line.split():
        word_counts[word] = word_counts.get(word, 0) + 1  # expect: GIL001


def main(lines):
    with ThreadPool(4) as pool:
        pool.map(count_words, lines)
    return word_counts
