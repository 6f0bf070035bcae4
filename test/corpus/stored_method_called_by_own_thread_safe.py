"""The same radio scanner with a lock over the signal count: the traffic hop, which the thread calls
through `self.hop`, takes the count and resets it under the lock that the receiver's callback holds
to add to it, so no signal is lost."""
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
        self.count_lock = threading.Lock()

    def _hop_round_robin(self):
        i = self.channels.index(self.current)
        self.current = self.channels[(i + 1) % len(self.channels)]

    def _hop_by_traffic(self):
        with self.count_lock:
            seen, self.signals = self.signals, 0
        self.history.append((self.current, seen))
        self.current = max(self.channels, key=lambda c: sum(n for ch, n in self.history if ch == c))

    def on_signal(self, packet):
        with self.count_lock:
            self.signals += 1

    def start(self):
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self):
        while not self.stopped.is_set():
            time.sleep(2)
            self.hop()
