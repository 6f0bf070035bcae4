"""A start function left for other modules to call that hands each caller a new thread: called
twice, two threads run the same code on the module's counter (positive). Contrast
start_function_global_handle_safe.py, which keeps one handle."""
import threading
import time

served = 0


class Monitor(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.stopped = False

    def run(self):
        global served
        while not self.stopped:
            served += 1  # expect: GIL001
            time.sleep(1)


def start_monitor():
    monitor = Monitor()
    monitor.start()
    return monitor
