"""A heartbeat helper whose start_once() makes a lock in each call and takes it: every caller holds
a lock of its own, so two web requests that call start_once() at once can both find the beat not
started and start two heartbeat threads."""
import threading
import time


class Heartbeat:
    started = False

    def __init__(self, send, every):
        self.send = send
        self.every = every

    def beat(self):
        while True:
            self.send()
            time.sleep(self.every)

    def start_once(self):
        gate = threading.Lock()
        gate.acquire()  # expect: GIL002
        try:
            if Heartbeat.started:
                return False
            Heartbeat.started = True
        finally:
            gate.release()
        threading.Thread(target=self.beat, daemon=True).start()
        return True
