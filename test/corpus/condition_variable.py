"""Producer/consumer with a Condition (negative)."""
import threading

buffer = []
produced = 0
consumed = 0
cond = threading.Condition()


def producer(n):
    global produced
    for i in range(n):
        with cond:
            buffer.append(i)
            produced += 1
            cond.notify()


def consumer(n):
    global consumed
    for _ in range(n):
        with cond:
            while not buffer:
                cond.wait()
            buffer.pop(0)
            consumed += 1


def main():
    threads = [threading.Thread(target=producer, args=(100,)), threading.Thread(target=consumer, args=(100,))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
