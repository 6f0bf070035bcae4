"""A nested function as thread target writing a module global (positive)."""
import threading

failures = 0


def run_checks(checks):
    def check(fn):
        global failures
        try:
            fn()
        except AssertionError:
            failures += 1  # expect: GIL001

    threads = [threading.Thread(target=check, args=(c,)) for c in checks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return failures
