"""The same boat tracker with one lock over the pair: the serial thread stores both under it, and the
uploader copies both under it, so a report never mixes two positions."""
import threading
import time

lat = 0.0
lon = 0.0
sent = 0
position_lock = threading.Lock()


def on_sentence(fields):
    global lat, lon
    with position_lock:
        if fields[1] == "S":
            lat = -float(fields[0])
        else:
            lat = float(fields[0])
        if fields[3] == "W":
            lon = -float(fields[2])
        else:
            lon = float(fields[2])


def serial_loop(port):
    while True:
        on_sentence(port.readline().split(","))


def report():
    global lat, lon, sent
    sent = sent + 1
    with position_lock:
        return {"n": sent, "latitude": lat, "longitude": lon}


def upload_loop():
    while True:
        print(report())
        time.sleep(10)


threading.Thread(target=serial_loop, args=(None,), daemon=True).start()
threading.Thread(target=upload_loop, daemon=True).start()
