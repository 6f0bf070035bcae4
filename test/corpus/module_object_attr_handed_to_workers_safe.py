"""Workers are handed a label kept on a module-level scoreboard and count into tallies of their own (negative)."""
import threading


class Scoreboard:
    def __init__(self):
        self.label = "words"


board = Scoreboard()


def count_words(label, words):
    tallies = {}
    for word in words:
        tallies[word] = tallies.get(word, 0) + 1
    return label, tallies


def worker(lines):
    for line in lines:
        print(count_words(board.label, line.split()))


chunks = [["a b a"], ["b c"], ["a c c"]]
threads = [threading.Thread(target=worker, args=(chunk,)) for chunk in chunks]
for t in threads:
    t.start()
for t in threads:
    t.join()
