"""A light meter on Phidget22, whose voltage handler the library calls on its own thread: it adds to a
history that the averaging method, called from the program's other threads, reads and empties
(positive: GIL001)."""
import statistics

from Phidget22.Devices.VoltageInput import VoltageInput


class LightMeter:
    def __init__(self, channel):
        self.history = []
        self.sensor = VoltageInput()
        self.sensor.setChannel(channel)
        self.sensor.setOnVoltageChangeHandler(self.on_voltage)
        self.sensor.openWaitForAttachment(1000)

    def on_voltage(self, handle, voltage):
        self.history.append(voltage * 400.0)

    def average_light(self):
        if not self.history:
            return 0.0
        mean = statistics.fmean(self.history)
        self.history = []  # expect: GIL001
        return mean
