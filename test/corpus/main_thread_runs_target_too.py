"""One worker thread starts on tally(), and the main thread calls tally() itself before joining (positive: two threads run it at once)."""
import threading

tallies = [0]
totals = {"runs": 0}


def tally():
    for _ in range(10_000):
        current = tallies[0]
        tallies[0] = current + 1  # expect: GIL001
    totals["runs"] += 1  # expect: GIL001


helper = threading.Thread(target=tally)
helper.start()
tally()
helper.join()
print(tallies[0], totals)
