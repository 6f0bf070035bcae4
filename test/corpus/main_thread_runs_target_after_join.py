"""One worker thread runs tally(); the main thread calls tally() again only after join() (negative: never at the same time)."""
import threading

tallies = [0]


def tally():
    for _ in range(10_000):
        tallies[0] += 1


helper = threading.Thread(target=tally)
helper.start()
helper.join()
tally()
print(tallies[0])
