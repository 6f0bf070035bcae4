"""A runner whose public setter changes the peak its reader thread tests and stores, callable while it runs (positive: shape 3)."""
import threading


class ProgressReader:
    def __init__(self, stream):
        self._stream = stream
        self._peak = 0.0
        self._thread = None

    def set_expected_peak(self, peak):
        if peak > 0:
            self._peak = float(peak)

    def start(self):
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()
        return self

    def _read(self):
        for line in self._stream:
            value = float(line)
            if value > self._peak:  # expect: GIL004
                self._peak = value

    def peak(self):
        return self._peak
