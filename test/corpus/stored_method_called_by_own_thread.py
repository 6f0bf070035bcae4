"""A radio scanner whose thread hops between frequencies every few seconds, through whichever hop
method the scanner keeps in `self.hop` (round robin or by traffic). The traffic hop reads the signal
count and sets it back to zero, while the receiver's callback, on the receiver's own thread, adds to
it: a signal counted between the read and the reset is lost."""
import threading
import time


class Scanner:
    def __init__(self, channels, by_traffic=False):
        self.channels = channels
        self.current = channels[0]
        self.signals = 0
        self.history = []
        self.hop = self._hop_by_traffic if by_traffic else self._hop_round_robin
        self.stopped = threading.Event()

    def _hop_round_robin(self):
        i = self.channels.index(self.current)
        self.current = self.channels[(i + 1) % len(self.channels)]

    def _hop_by_traffic(self):
        self.history.append((self.current, self.signals))
        self.signals = 0  # expect: GIL001
        self.current = max(self.channels, key=lambda c: sum(n for ch, n in self.history if ch == c))

    def on_signal(self, packet):
        self.signals += 1

    def start(self):
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self):
        while not self.stopped.is_set():
            time.sleep(2)
            self.hop()
