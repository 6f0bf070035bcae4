"""The light meter with the handler and the averaging method sharing one lock, so the read and the
emptying are one step for the handler (negative)."""
import statistics
import threading

from Phidget22.Devices.VoltageInput import VoltageInput


class LightMeter:
    def __init__(self, channel):
        self.lock = threading.Lock()
        self.history = []
        self.sensor = VoltageInput()
        self.sensor.setChannel(channel)
        self.sensor.setOnVoltageChangeHandler(self.on_voltage)
        self.sensor.openWaitForAttachment(1000)

    def on_voltage(self, handle, voltage):
        with self.lock:
            self.history.append(voltage * 400.0)

    def average_light(self):
        with self.lock:
            taken, self.history = self.history, []
        return statistics.fmean(taken) if taken else 0.0
