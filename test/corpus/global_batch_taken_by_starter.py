"""A sensor poller thread appends readings; the function that started it takes the batch and resets it every second (positive)."""
import random
import threading
import time

readings = []


def poll(sensor):
    while True:
        readings.append((sensor, random.random()))
        time.sleep(0.05)


def upload(batch):
    print(f"uploading {len(batch)} readings")


def main():
    global readings
    threading.Thread(target=poll, args=("temp",), daemon=True).start()
    for _ in range(3):
        time.sleep(1)
        upload(readings)
        readings = []  # expect: GIL001


main()
