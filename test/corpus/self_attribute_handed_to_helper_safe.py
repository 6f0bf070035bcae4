"""The taxi rank with the helper called under the rank's lock, and a rank that hands each rider a list
of its own (negative)."""
import threading
import time


class Rank:
    def __init__(self, cabs):
        self.cabs = list(cabs)
        self.lock = threading.Lock()

    def take_first(self, cabs):
        if cabs:
            cab = cabs[0]
            time.sleep(0.001)
            cabs.remove(cab)
            return cab
        return None

    def ride(self, rider):
        with self.lock:
            cab = self.take_first(self.cabs)
        print(rider, "rides", cab)

    def ride_alone(self, rider):
        cab = self.take_first([f"{rider}'s cab"])
        print(rider, "rides", cab)

    def open(self, riders):
        threads = [threading.Thread(target=self.ride, args=(r,)) for r in riders]
        threads += [threading.Thread(target=self.ride_alone, args=(r,)) for r in riders]
        for t in threads:
            t.start()
        for t in threads:
            t.join()


Rank(["A", "B"]).open(["ann", "bo", "cy"])
