"""A gauge read on a thread of its own: the module's demo under `if __name__ == "__main__":` starts
one reader, and dial.py, which imports it, starts one reader of its own. The two never run together
(the demo block runs only when this file is the program), so each run has one reader (negative)."""
import threading
import time


class Gauge:
    def __init__(self):
        self.fields = ["0", "0", "0"]

    def poll(self, every=0.5):
        while True:
            time.sleep(every)
            self.fields = "1:2,3:4,5:6\n".split(",")
            self.fields[2] = self.fields[2].strip()


if __name__ == "__main__":
    demo = Gauge()
    threading.Thread(target=demo.poll, daemon=True).start()
    time.sleep(2)
    print(demo.fields)
