"""A cache entry is read with .get(), and a fresh value that does not use it is stored (negative: nothing read is written back)."""
import threading

latest = {}


def publish(topic, value):
    previous = latest.get(topic)
    latest[topic] = value
    return previous


threads = [threading.Thread(target=publish, args=("t", i)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
