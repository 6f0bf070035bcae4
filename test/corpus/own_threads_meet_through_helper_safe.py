"""A reader and a writer thread of one object that close it through a helper holding the object's lock (negative: no findings)."""
import threading


class Channel:
    def __init__(self, stream):
        self._closed = False
        self._stream = stream
        self._lock = threading.Lock()
        threading.Thread(target=self._read_loop, daemon=True).start()
        threading.Thread(target=self._write_loop, daemon=True).start()

    def _read_loop(self):
        while True:
            stream = self._stream
            if stream is None or not stream.read(1):
                break
        self._finish()

    def _write_loop(self):
        while True:
            stream = self._stream
            if stream is None:
                break
            stream.write(b".")
        self._finish()

    def _finish(self):
        self._shut()

    def _shut(self):
        with self._lock:
            if self._closed:
                return
            self._closed = True
            stream, self._stream = self._stream, None
        if stream:
            stream.close()


def open_channel(stream):
    return Channel(stream)
