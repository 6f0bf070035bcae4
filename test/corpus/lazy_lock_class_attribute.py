"""A library's console reporter shares one class-level lock for its writes, made the first time a class method asks for it, with `hasattr` as the test (positive: GIL004 on the test)."""
import sys
import threading


class ConsoleReporter:
    @classmethod
    def write_lock(cls):
        if not hasattr(cls, "_write_lock"):  # expect: GIL004
            cls._write_lock = threading.RLock()
        return cls._write_lock

    def report(self, line):
        with self.write_lock():
            sys.stdout.write(line + "\n")
            sys.stdout.flush()

