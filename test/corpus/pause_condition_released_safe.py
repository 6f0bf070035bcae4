"""A copy thread that pause() holds back by taking its Condition and resume() lets go by notifying and releasing it: release() there unlocks, it frees nothing the loop uses (negative)."""
import threading


class CopyJob(threading.Thread):
    def __init__(self, chunks, out):
        super().__init__(daemon=True)
        self.chunks = chunks
        self.out = out
        self.held = False
        self.gate = threading.Condition(threading.Lock())

    def run(self):
        for chunk in self.chunks:
            with self.gate:
                while self.held:
                    self.gate.wait()
            self.out.write(chunk)

    def pause(self):
        self.held = True
        self.gate.acquire()

    def resume(self):
        self.held = False
        self.gate.notify()
        self.gate.release()
