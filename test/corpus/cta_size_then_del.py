"""A size test, then a `del` or a keyed `pop`: two threads can both pass the test (positive: shape 3)."""
import threading

readings = {}


class ConnectionPool:
    def __init__(self):
        self.idle = ["c1", "c2", "c3"]

    def take(self):
        if len(self.idle) > 0:  # expect: GIL004
            conn = self.idle[0]
            del self.idle[0]
            return conn
        return None


def record(sensor, value):
    readings.setdefault(sensor, []).append(value)
    if len(readings[sensor]) > 5:  # expect: GIL004
        del readings[sensor]


def flush(sensor):
    if len(readings[sensor]) > 2:  # expect: GIL004
        readings.pop(sensor)


pool = ConnectionPool()
workers = [threading.Thread(target=pool.take) for _ in range(4)]
workers += [threading.Thread(target=record, args=("t1", n)) for n in range(10)]
workers += [threading.Thread(target=flush, args=("t1",)) for _ in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
