"""paho-mqtt with `loop_forever()` runs its callbacks on the calling thread, and a GPIO callback that alone touches its count shares nothing (negative)."""
import paho.mqtt.client as mqtt
import RPi.GPIO as GPIO

edges = 0
readings = 0


def on_edge(channel):
    global edges
    edges += 1


def on_message(client, userdata, message):
    global readings
    readings += 1


GPIO.add_event_callback(27, on_edge)
hub = mqtt.Client()
hub.on_message = on_message
hub.connect("localhost")
hub.loop_forever()
print(readings)
