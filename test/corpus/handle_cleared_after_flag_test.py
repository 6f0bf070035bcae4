"""A motor controller whose polling thread writes to a trace file after testing a flag, while set_trace() (called from the program's thread) closes the file and drops it under the object's lock (positive), and a pump whose uplink is dropped by stop() with no lock at all (positive)."""
import threading
import time


class Motor:
    def __init__(self):
        self.lock = threading.Lock()
        self.tracing = False
        self.trace_file = None
        self.steps = 0
        threading.Thread(target=self.poll, daemon=True).start()

    def set_trace(self, on):
        with self.lock:
            if on:
                self.tracing = True
                self.trace_file = open("motor-trace.log", "a")
            else:
                self.tracing = False
                if self.trace_file is not None:
                    self.trace_file.close()
                    self.trace_file = None

    def note(self, text):
        if self.tracing:
            self.trace_file.write(text + "\n")  # expect: GIL004

    def poll(self):
        while True:
            with self.lock:
                self.steps += 1
            self.note("step")
            time.sleep(0.01)


class Pump:
    def __init__(self, uplink):
        self.uplink = uplink
        self.online = True
        threading.Thread(target=self.report, daemon=True).start()

    def stop(self):
        self.online = False
        self.uplink = None

    def report(self):
        while True:
            if self.online:
                self.uplink.send(b"flow ok")  # expect: GIL004
            time.sleep(1)


motor = Motor()
motor.set_trace(True)
motor.set_trace(False)
