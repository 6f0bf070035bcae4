"""A reader thread that tests an "open" flag before each read, and a close() that closes the port first (positive)."""
import _thread

import serial


class Terminal:
    def __init__(self, on_line):
        self.on_line = on_line
        self.is_open = False
        self.port = serial.Serial()
        _thread.start_new_thread(self.read_loop, ())

    def read_loop(self):
        while True:
            if self.is_open:
                line = self.port.readline()
                self.on_line(line)

    def open(self, name):
        self.port.port = name
        self.port.open()
        self.is_open = True

    def close(self):
        self.port.close()  # expect: GIL006
        self.is_open = False


term = Terminal(print)
term.open("/dev/ttyS0")
term.close()
