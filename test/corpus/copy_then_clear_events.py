"""Sensor threads append readings to a module-level list; a reporter thread goes through the list,
then clears it (positive). The alarms list is drained the same way, but each reading is taken out with
pop() under the alarm lock, as the adders take it too (negative)."""
import threading
import time

readings = []
alarms = []
alarm_lock = threading.Lock()


def sense(sensor, count):
    for i in range(count):
        readings.append((sensor, i))
        if i % 10 == 0:
            with alarm_lock:
                alarms.append(sensor)


def report():
    while True:
        total = 0
        for sensor, value in readings:
            total += value
        readings.clear()  # expect: GIL001
        print("total", total)
        with alarm_lock:
            while alarms:
                print("alarm", alarms.pop())
        time.sleep(1)


threading.Thread(target=report, daemon=True).start()
for s in range(3):
    threading.Thread(target=sense, args=(s, 50)).start()
