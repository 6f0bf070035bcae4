"""A reader thread that ends itself through stop(), and closes the port only when its loop is over (negative)."""
import threading

import serial


class LineReader:
    def __init__(self, port):
        self.port = serial.Serial(port, 9600, timeout=1)
        self.ok = True
        self.stopped = False
        self.last = b""

    def start(self):
        threading.Thread(target=self.read_lines, daemon=True).start()
        return self

    def read_lines(self):
        while not self.stopped:
            if not self.ok:
                self.stop()
            else:
                self.last = self.port.readline()
                self.ok = bool(self.last)
        self.port.close()

    def stop(self):
        self.stopped = True


reader = LineReader("/dev/ttyUSB0").start()
input("Enter to quit")
reader.stop()
