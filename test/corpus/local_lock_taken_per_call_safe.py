"""The same heartbeat helper with one lock for the class, made once in its body: start_once() takes
that lock over the test and the store, so only the first caller starts the thread."""
import threading
import time


class Heartbeat:
    started = False
    gate = threading.Lock()

    def __init__(self, send, every):
        self.send = send
        self.every = every

    def beat(self):
        while True:
            self.send()
            time.sleep(self.every)

    def start_once(self):
        Heartbeat.gate.acquire()
        try:
            if Heartbeat.started:
                return False
            Heartbeat.started = True
        finally:
            Heartbeat.gate.release()
        threading.Thread(target=self.beat, daemon=True).start()
        return True
