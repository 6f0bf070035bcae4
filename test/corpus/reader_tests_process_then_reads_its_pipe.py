"""A device link that runs a helper process and a thread reading the helper's output. The reader tests
`self._proc` and then reads `self._proc.stdout`; `disconnect()`, which the link's users call, stops
the helper and sets `self._proc` to None. A disconnect between the test and the read leaves the
reader calling `.stdout` on None: AttributeError on the reader thread (positive)."""
import queue
import subprocess
import threading


class DeviceLink:
    def __init__(self, command):
        self.command = command
        self._proc = None
        self.lines = queue.Queue()

    def connect(self):
        if self._proc is None:
            self._proc = subprocess.Popen(self.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self):
        while self._proc is not None:  # expect: GIL004
            line = self._proc.stdout.readline()
            if not line:
                break
            self.lines.put(line)

    def disconnect(self):
        if self._proc is not None:
            self._proc.stdin.write("quit\n")
            self._proc.wait()
            self._proc = None
