"""A method starts one thread on a closure; each call makes new closure variables (negative: shape 4)."""
import threading


class Probe:
    def run_once(self):
        sent = 0
        stop = False

        def pump():
            nonlocal sent
            while not stop:
                sent += 1

        t = threading.Thread(target=pump)
        t.start()
        stop = True
        t.join()
        return sent
