"""An encoder whose audio thread calls `encode()` on a stream object a media library made
(`self._stream = self._container.add_stream(…)`), not the encoder's own `encode()`: the encoder's
frame counter is changed only by its users' calls, one caller at a time (negative)."""
import threading

import media


class Encoder:
    def __init__(self, path):
        self._container = media.open(path, "w")
        self._stream = None
        self.frames_encoded = 0
        self._running = False

    def start(self):
        self._running = True
        self._stream = self._container.add_stream("aac")
        self._thread = threading.Thread(target=self._audio_loop, daemon=True)
        self._thread.start()

    def encode(self, frame):
        self.frames_encoded += 1
        return frame

    def _audio_loop(self):
        while self._running:
            for packet in self._stream.encode(None):
                print(packet)
