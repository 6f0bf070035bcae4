"""Shows what one reader thread polls."""
import threading
import time

from gauge import Gauge

gauge = Gauge()
threading.Thread(target=gauge.poll, daemon=True).start()

for _ in range(5):
    time.sleep(1)
    print(gauge.fields[0])
