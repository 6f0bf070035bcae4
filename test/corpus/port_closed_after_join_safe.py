"""The sensor bridge stopping its threads with an Event and joining them before it closes the port
(negative)."""
import threading
import time

import serial

port = serial.Serial("/dev/ttyUSB0", 115200, timeout=1)
stopping = threading.Event()


def reader():
    while not stopping.is_set():
        line = port.readline().decode().strip()
        if line:
            print("sensor:", line)


def clock():
    while not stopping.is_set():
        port.write(time.strftime("%H:%M:%S\n").encode())
        stopping.wait(1)


def main():
    workers = [threading.Thread(target=reader), threading.Thread(target=clock)]
    for w in workers:
        w.start()
    try:
        while True:
            time.sleep(0.5)
    finally:
        stopping.set()
        for w in workers:
            w.join()
        port.close()


if __name__ == "__main__":
    main()
