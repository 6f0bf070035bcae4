"""Two threads of one object, a reader and a writer, that both close it through a helper (positive: GIL004 four times: each loop uses the stream the other thread can set to None)."""
import threading


class Channel:
    def __init__(self, stream):
        self._closed = False
        self._stream = stream
        threading.Thread(target=self._read_loop, daemon=True).start()
        threading.Thread(target=self._write_loop, daemon=True).start()

    def _read_loop(self):
        while self._stream:  # expect: GIL004
            self._stream.read(1)
        self._finish()

    def _write_loop(self):
        while self._stream:  # expect: GIL004
            self._stream.write(b".")
        self._finish()

    def _finish(self):
        self._shut()

    def _shut(self):
        if not self._closed:  # expect: GIL004
            self._closed = True
            if self._stream:  # expect: GIL004
                self._stream.close()
                self._stream = None


def open_channel(stream):
    return Channel(stream)
