"""A taxi rank whose riders, one thread each, call a helper method with the rank's own list of cabs:
the helper tests that a cab is left and takes the first, and two riders can both see the last one."""
import threading
import time


class Rank:
    def __init__(self, cabs):
        self.cabs = list(cabs)

    def take_first(self, cabs):
        if cabs:  # expect: GIL004
            cab = cabs[0]
            time.sleep(0.001)
            cabs.remove(cab)
            return cab
        return None

    def ride(self, rider):
        cab = self.take_first(self.cabs)
        print(rider, "rides", cab)

    def open(self, riders):
        threads = [threading.Thread(target=self.ride, args=(r,)) for r in riders]
        for t in threads:
            t.start()
        for t in threads:
            t.join()


Rank(["A", "B"]).open(["ann", "bo", "cy"])
