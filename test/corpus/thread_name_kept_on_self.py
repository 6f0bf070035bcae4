"""A print shop with two press threads on one shop object: each press notes its own thread name on the
shop through a setter and then prints a job ticket with the name it reads back. The other press can
note its own name in between, so a ticket can name the wrong press."""
import threading
import time


class PrintShop:
    def __init__(self, jobs):
        self.jobs = jobs
        self.operator = None

    def set_operator(self, name):
        self.operator = name

    def press(self):
        self.set_operator(threading.current_thread().name)  # expect: GIL001
        time.sleep(0.01)
        print(f"ticket printed by {self.operator}")

    def open(self):
        presses = [threading.Thread(target=self.press, name=f"press-{i}") for i in range(2)]
        for p in presses:
            p.start()
        for p in presses:
            p.join()


PrintShop(jobs=["flyers", "posters"]).open()
