"""Two panels, each with a reader thread polling the one gauge."""
import threading
import time

from gauge import Gauge

gauge = Gauge()
for panel in ("left", "right"):
    threading.Thread(target=gauge.poll, daemon=True, name=panel).start()

for _ in range(5):
    time.sleep(1)
    print(gauge.fields[0])
