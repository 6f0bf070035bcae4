"""The same print shop, whose presses keep their own name in a local: nothing of one press's run is
left on the shared shop object for the other to overwrite, and the setter is used only by the main
thread before the presses start."""
import threading
import time


class PrintShop:
    def __init__(self, jobs):
        self.jobs = jobs
        self.manager = None

    def set_manager(self, name):
        self.manager = name

    def press(self):
        operator = threading.current_thread().name
        time.sleep(0.01)
        print(f"ticket printed by {operator} for {self.manager}")

    def open(self):
        self.set_manager(threading.current_thread().name)
        presses = [threading.Thread(target=self.press, name=f"press-{i}") for i in range(2)]
        for p in presses:
            p.start()
        for p in presses:
            p.join()


PrintShop(jobs=["flyers", "posters"]).open()
