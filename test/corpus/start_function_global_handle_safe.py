"""A start function left for other modules to call, which keeps its thread in one module-level
handle (a second call would lose the first thread's handle, so one runs at a time): what the thread
does alone (a counter, a file at one path) races nothing."""
import threading
import time

served = 0
monitor = None


class Monitor(threading.Thread):
    def __init__(self, path):
        super().__init__(daemon=True)
        self.path = path
        self.stopped = False

    def run(self):
        global served
        while not self.stopped:
            served += 1
            with open(self.path, "w") as f:
                f.write(str(served))
            time.sleep(1)


def start_monitor(path):
    global monitor
    monitor = Monitor(path)
    monitor.start()


def stop_monitor():
    monitor.stopped = True
    monitor.join()
