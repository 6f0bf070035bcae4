"""A library's registry, made only inside its server class (which the module never makes), with a sweeper thread of its own: its users' threads call the public methods beside the sweeper (positive)."""
import threading
import time


class Directory:
    def __init__(self):
        self.entries = {}
        self.guard = threading.RLock()

    def publish(self, name, address):
        with self.guard:
            self.entries[name] = address

    def withdraw(self, name):
        if name in self.entries:  # expect: GIL004
            with self.guard:
                del self.entries[name]
            return True
        return False


class DirectoryServer:
    """Serves a Directory to clients; each client's requests run on a thread of the serving framework."""

    def __init__(self, sweep_every=30.0):
        self.directory = Directory()
        self.sweeper = Sweeper(self.directory, sweep_every)
        self.sweeper.start()


class Sweeper(threading.Thread):
    def __init__(self, directory, every):
        super().__init__(daemon=True)
        self.directory = directory
        self.every = every

    def run(self):
        while True:
            time.sleep(self.every)
            for name in list(self.directory.entries):
                self.directory.withdraw(name)
