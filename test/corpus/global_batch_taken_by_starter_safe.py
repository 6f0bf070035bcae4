"""A sensor poller and the function that started it swap the batch under one lock (negative)."""
import random
import threading
import time

readings = []
readings_lock = threading.Lock()


def poll(sensor):
    while True:
        with readings_lock:
            readings.append((sensor, random.random()))
        time.sleep(0.05)


def upload(batch):
    print(f"uploading {len(batch)} readings")


def main():
    global readings
    readings = []
    threading.Thread(target=poll, args=("temp",), daemon=True).start()
    for _ in range(3):
        time.sleep(1)
        with readings_lock:
            batch = readings
            readings = []
        upload(batch)


main()
