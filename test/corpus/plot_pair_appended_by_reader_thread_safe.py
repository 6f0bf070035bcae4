"""A serial reader thread adds each sample's time and value to two deques under one lock, and the
animation callback takes copies of both under that lock before it plots them (negative)."""
import threading
from collections import deque

import matplotlib.animation as animation
import matplotlib.pyplot as plt
import serial

stamps = deque(maxlen=500)
levels = deque(maxlen=500)
samples_lock = threading.Lock()
port = serial.Serial("/dev/ttyACM0", 9600, timeout=1)


def read_samples():
    while True:
        fields = port.readline().decode(errors="ignore").split(",")
        if len(fields) == 2:
            with samples_lock:
                stamps.append(float(fields[0]))
                levels.append(float(fields[1]))


def redraw(frame, xs, ys, axes):
    with samples_lock:
        xs, ys = list(xs), list(ys)
    axes.clear()
    axes.plot(xs, ys)


reader = threading.Thread(target=read_samples, daemon=True)
reader.start()
figure, axes = plt.subplots()
anim = animation.FuncAnimation(figure, redraw, fargs=(stamps, levels, axes), interval=100)
plt.show()
