"""A list handed to a producer class and a consumer class, where only the consumer takes and only one of them counts (negative: no findings)."""
import threading
import time

jobs = []


class Stats:
    def __init__(self):
        self.made = 0


class Producer(threading.Thread):
    def __init__(self, jobs, stats):
        super().__init__()
        self.jobs = jobs
        self.stats = stats

    def run(self):
        for n in range(50):
            self.jobs.append(n)
            self.stats.made += 1
            time.sleep(0.001)


class Consumer(threading.Thread):
    def __init__(self, jobs, stats):
        super().__init__()
        self.jobs = jobs
        self.stats = stats

    def run(self):
        for _ in range(200):
            while self.jobs:
                print("job", self.jobs.pop(0), "of", self.stats.made)
            time.sleep(0.001)


stats = Stats()
producer = Producer(jobs, stats)
consumer = Consumer(jobs, stats)
producer.start()
consumer.start()
producer.join()
consumer.join()
