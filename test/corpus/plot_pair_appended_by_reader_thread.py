"""A serial reader thread adds each sample's time and value to two deques, one after the other, while
the animation callback (run on the main thread by plt.show()) plots them as a pair with no lock: a read
between the two appends sees one item more in the first (positive: GIL004 once)."""
import threading
from collections import deque

import matplotlib.animation as animation
import matplotlib.pyplot as plt
import serial

stamps = deque(maxlen=500)
levels = deque(maxlen=500)
port = serial.Serial("/dev/ttyACM0", 9600, timeout=1)


def read_samples():
    while True:
        fields = port.readline().decode(errors="ignore").split(",")
        if len(fields) == 2:
            stamps.append(float(fields[0]))
            levels.append(float(fields[1]))


def redraw(frame, xs, ys, axes):
    axes.clear()
    axes.plot(xs, ys)  # expect: GIL004


reader = threading.Thread(target=read_samples, daemon=True)
reader.start()
figure, axes = plt.subplots()
anim = animation.FuncAnimation(figure, redraw, fargs=(stamps, levels, axes), interval=100)
plt.show()
plt.savefig("last.png")
