"""Producers append readings to a plain list and one consumer thread takes them after `if readings:`:
appends cannot empty the list, and no other thread takes, so the test holds (negative). Two
consumer threads on one list can both see the last reading and one pops from an empty list (positive)."""
import threading
import time


def sample(count, readings):
    for n in range(count):
        readings.append(n * 0.5)
        time.sleep(0.001)


def record(expected, readings, log):
    seen = 0
    while seen < expected:
        if readings:
            log.append(readings.pop(0))
            seen += 1
        else:
            time.sleep(0.001)


def drain(expected, backlog, log):
    seen = 0
    while seen < expected:
        if backlog:  # expect: GIL004
            log.append(backlog.pop())
            seen += 1
        else:
            time.sleep(0.001)


def main():
    readings, log = [], []
    threads = [
        threading.Thread(target=sample, args=(20, readings)),
        threading.Thread(target=sample, args=(20, readings)),
        threading.Thread(target=record, args=(40, readings, log)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    backlog = list(range(40))
    drained = []
    takers = [threading.Thread(target=drain, args=(20, backlog, drained)) for _ in range(2)]
    for t in takers:
        t.start()
    for t in takers:
        t.join()
    print(len(log), len(drained))


if __name__ == "__main__":
    main()
