"""A helper that starts a thread on the method it is handed, called once as the object is set up (negative)."""
import threading
import time


class Clock:
    def __init__(self):
        self.ticks = 0
        self.spawn(self.tick_forever)

    def spawn(self, work):
        threading.Thread(target=work, daemon=True).start()

    def tick_forever(self):
        while True:
            self.ticks += 1
            time.sleep(1)


if __name__ == "__main__":
    clock = Clock()
    time.sleep(3)
    print(clock.ticks)
