"""A sensor bridge: daemon threads read and write a serial port that the main program closes in its
`finally`, on Ctrl-C or an error, without stopping or joining them first (positive: GIL006)."""
import threading
import time

import serial

port = serial.Serial("/dev/ttyUSB0", 115200, timeout=1)


def read_line():
    return port.readline().decode().strip()


def reader():
    while True:
        line = read_line()
        if line:
            print("sensor:", line)


def clock():
    while True:
        port.write(time.strftime("%H:%M:%S\n").encode())
        time.sleep(1)


def main():
    threading.Thread(target=reader, daemon=True).start()
    threading.Thread(target=clock, daemon=True).start()
    try:
        while True:
            time.sleep(0.5)
    finally:
        port.close()  # expect: GIL006


if __name__ == "__main__":
    main()
