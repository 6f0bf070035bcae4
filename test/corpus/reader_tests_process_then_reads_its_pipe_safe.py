"""The device link again, with the reader taking the process into a local once and reading through
that: a disconnect can set `self._proc` to None, but not the process this reader already holds, whose
pipe then ends and the loop with it (negative)."""
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
        proc = self._proc
        while proc is not None:
            line = proc.stdout.readline()
            if not line:
                break
            self.lines.put(line)

    def disconnect(self):
        if self._proc is not None:
            self._proc.stdin.write("quit\n")
            self._proc.wait()
            self._proc = None
