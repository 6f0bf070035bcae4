"""Two threads add their partial sums to a module list; the main program joins both, sums the list and puts an empty one in its place for a second run on its own thread (negative)."""
import threading

partials = []


def add_range(lo, hi):
    total = 0
    for i in range(lo, hi):
        total += i
    partials.append(total)


low = threading.Thread(target=add_range, args=(0, 5000))
high = threading.Thread(target=add_range, kwargs={"lo": 5000, "hi": 10000})
low.start()
high.start()

low.join()
high.join()
print("two threads:", sum(partials))

partials = []
add_range(0, 10000)
print("one thread:", sum(partials))
