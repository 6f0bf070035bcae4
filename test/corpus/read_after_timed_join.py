"""A command run on a thread with a time limit: what the thread sets is read after join(timeout), which may have given up (positive: GIL006 twice)."""
import subprocess
import threading


class TimedCommand:
    def __init__(self, argv):
        self.argv = argv
        self.proc = None
        self.output = None
        self.error = None

    def run(self, timeout):
        def work():
            try:
                self.proc = subprocess.Popen(self.argv, stdout=subprocess.PIPE, text=True)
                self.output, _ = self.proc.communicate()
            except OSError as exc:
                self.error = exc

        worker = threading.Thread(target=work)
        worker.start()
        worker.join(timeout)
        if self.error:  # expect: GIL006
            raise self.error
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
        if asker.is_alive():
            print("still waiting, last reply:", self.reply)  # expect: GIL006
            return None
        return self.reply


print(TimedCommand(["echo", "hi"]).run(5))
print(Probe("localhost").ping())
