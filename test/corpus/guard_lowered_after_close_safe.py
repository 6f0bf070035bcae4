"""The same terminal with one lock over the reader's test and read and over the close (negative)."""
import threading

import serial


class Terminal:
    def __init__(self, on_line):
        self.on_line = on_line
        self.is_open = False
        self.port = serial.Serial()
        self.lock = threading.Lock()
        threading.Thread(target=self.read_loop, daemon=True).start()

    def read_loop(self):
        while True:
            with self.lock:
                if self.is_open:
                    line = self.port.readline()
                    self.on_line(line)

    def open(self, name):
        with self.lock:
            self.port.port = name
            self.port.open()
            self.is_open = True

    def close(self):
        with self.lock:
            self.port.close()
            self.is_open = False


term = Terminal(print)
term.open("/dev/ttyS0")
term.close()
