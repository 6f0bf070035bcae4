"""The same controller done safely: the polling thread holds the object's lock over the test of the flag and the write, and a pump's uplink is dropped only by the pump's own thread, when its loop ends (negative)."""
import threading
import time


class Motor:
    def __init__(self):
        self.lock = threading.Lock()
        self.tracing = False
        self.trace_file = None
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

    def poll(self):
        while True:
            with self.lock:
                if self.tracing:
                    self.trace_file.write("step\n")
            time.sleep(0.01)


class Pump:
    def __init__(self, uplink):
        self.uplink = uplink
        self.online = True
        threading.Thread(target=self.report, daemon=True).start()

    def stop(self):
        self.online = False

    def report(self):
        while self.online:
            if self.uplink is not None:
                self.uplink.send(b"flow ok")
            time.sleep(1)
        self.uplink = None


motor = Motor()
motor.set_trace(True)
motor.set_trace(False)
