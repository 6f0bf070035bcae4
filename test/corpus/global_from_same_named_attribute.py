"""Sensor threads publish the latest reading into globals named like the device's attributes: `temperature =
probe.temperature` reads the probe, not the global, so each store is a plain publish (negative). The error count is
read, changed and written back by every sensor's thread (positive: GIL001)."""
import random
import threading
import time

temperature = 0.0
humidity = 0.0
failed_reads = 0


class Probe:
    @property
    def temperature(self):
        return 20 + random.random()

    @property
    def humidity(self):
        return 40 + random.random()


def poll(probe, rounds):
    global temperature, humidity, failed_reads
    for _ in range(rounds):
        try:
            temperature = probe.temperature
            humidity = probe.humidity
        except RuntimeError:
            failed_reads += 1  # expect: GIL001
        time.sleep(0.01)


sensors = [threading.Thread(target=poll, args=(Probe(), 50)) for _ in range(3)]
for s in sensors:
    s.start()
for s in sensors:
    s.join()
print(temperature, humidity, failed_reads)
