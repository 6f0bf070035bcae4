"""A join with a timeout, and what the thread sets read only once it is known to have ended (negative)."""
import subprocess
import threading


class TimedCommand:
    def __init__(self, argv):
        self.argv = argv
        self.output = None

    def run(self, timeout):
        def work():
            self.output = subprocess.run(self.argv, capture_output=True, text=True).stdout

        worker = threading.Thread(target=work)
        worker.start()
        worker.join(timeout)
        if worker.is_alive():
            raise TimeoutError(f"{self.argv[0]} took longer than {timeout} s")
        return self.output


class Probe:
    def __init__(self, host):
        self.host = host
        self.reply = None

    def _ask(self):
        self.reply = f"pong from {self.host}"

    def ping(self, limit=2.0):
        asker = threading.Thread(target=self._ask, daemon=True)
        asker.start()
        asker.join(timeout=limit)
        if not asker.is_alive():
            return self.reply
        print("gave up on", self.host)
        return None

    def ping_patiently(self):
        asker = threading.Thread(target=self._ask)
        asker.start()
        while asker.is_alive():
            asker.join(0.1)
        return self.reply


print(TimedCommand(["echo", "hi"]).run(5))
print(Probe("localhost").ping(), Probe("localhost").ping_patiently())
