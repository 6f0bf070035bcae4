"""A unittest case whose test starts worker threads that count under the case's mutex; the test
resets the counters before it starts them, on the runner's thread, and reads them after joining.
Test methods run one after another, so the resets race nothing."""
import threading
import unittest


class CounterTest(unittest.TestCase):
    def setUp(self):
        self.mutex = threading.Lock()
        self.started = 0
        self.finished = 0

    def work(self):
        with self.mutex:
            self.started += 1
        with self.mutex:
            self.finished += 1

    def test_counts(self):
        for rounds in (2, 5):
            self.started = 0
            self.finished = 0
            workers = [threading.Thread(target=self.work) for _ in range(rounds)]
            for w in workers:
                w.start()
            for w in workers:
                w.join()
            self.assertEqual(self.finished, rounds)
