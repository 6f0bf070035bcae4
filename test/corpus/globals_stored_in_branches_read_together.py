"""A boat tracker: the serial thread turns each position sentence into the globals `lat` and `lon`,
each picked by an if/else on its hemisphere, while the uploader thread builds a report from both. The
uploader can run between the two stores and send a new latitude with the old longitude."""
import threading
import time

lat = 0.0
lon = 0.0
sent = 0


def on_sentence(fields):
    global lat, lon
    if fields[1] == "S":  # expect: GIL001
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
    return {"n": sent, "latitude": lat, "longitude": lon}


def upload_loop():
    while True:
        print(report())
        time.sleep(10)


threading.Thread(target=serial_loop, args=(None,), daemon=True).start()
threading.Thread(target=upload_loop, daemon=True).start()
