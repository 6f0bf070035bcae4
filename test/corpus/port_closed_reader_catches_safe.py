"""A reader thread whose read sits in `try: … except Exception:`, while the main program lowers the run
flag and closes the port without joining it: a read on the closed port raises inside the try, which the
thread handles, and the loop then sees the flag (negative)."""
import threading

import serial

link = serial.Serial("/dev/ttyUSB0", 115200, timeout=1)
running = True


def listen():
    while running:
        try:
            chunk = link.read(64)
        except Exception:
            continue
        if chunk:
            print(chunk.hex())


listener = threading.Thread(target=listen)
listener.start()
try:
    while True:
        command = input("> ")
        if command == "quit":
            break
        link.write(command.encode() + b"\n")
finally:
    running = False
    link.close()
