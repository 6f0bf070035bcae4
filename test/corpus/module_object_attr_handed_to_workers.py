"""Workers are handed the tallies dict kept on a module-level scoreboard, and count into it (positive)."""
import threading


class Scoreboard:
    def __init__(self):
        self.tallies = {}


board = Scoreboard()


def count_words(tallies, words):
    for word in words:
        tallies[word] = tallies.get(word, 0) + 1  # expect: GIL001


def worker(lines):
    for line in lines:
        count_words(board.tallies, line.split())


chunks = [["a b a"], ["b c"], ["a c c"]]
threads = [threading.Thread(target=worker, args=(chunk,)) for chunk in chunks]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(board.tallies)
