"""A flow meter and a sensor hub: RPi.GPIO's edge callbacks and paho-mqtt's message callbacks run on threads of their own, beside the main loop that reads and resets the counts (positive: GIL001 twice)."""
import time

import paho.mqtt.client as mqtt
import RPi.GPIO as GPIO

pulses = 0
readings = 0


def on_pulse(channel):
    global pulses
    pulses += 1  # expect: GIL001


def on_message(client, userdata, message):
    global readings
    readings += 1  # expect: GIL001


GPIO.setmode(GPIO.BCM)
GPIO.setup(17, GPIO.IN)
GPIO.add_event_detect(17, GPIO.FALLING, callback=on_pulse)
hub = mqtt.Client()
hub.on_message = on_message
hub.connect("localhost")
hub.loop_start()
while True:
    time.sleep(1)
    print(pulses, readings)
    pulses = 0
    readings = 0
