"""One results dict for all threads, but each stores its own key once (negative: shape 2)."""
import threading


def square(n, results):
    results[n] = n * n


results = {}
threads = [threading.Thread(target=square, args=(n, results)) for n in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
