"""One consumer thread, started once and joined: its module's state is touched by that thread alone."""
import queue
import threading

import consumer


def main():
    jobs = queue.Queue()
    worker = threading.Thread(target=consumer.drain, args=(jobs,))
    worker.start()
    for n in range(100):
        jobs.put(n)
    jobs.put(None)
    worker.join()
    print(consumer.handled)


if __name__ == "__main__":
    main()
