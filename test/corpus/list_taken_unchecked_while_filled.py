"""A printer thread pops jobs off a plain list that a spooler thread appends to, never looking whether one is there (positive: GIL006 once)."""
import threading
import time

print_jobs = []


def spool(names):
    for name in names:
        print_jobs.append(f"{name}.pdf")
        time.sleep(0.01)


def print_forever():
    while True:
        job = print_jobs.pop(0)  # expect: GIL006
        print("printing", job)
        time.sleep(0.01)


spooler = threading.Thread(target=spool, args=(["a", "b", "c"],))
printer = threading.Thread(target=print_forever, daemon=True)
spooler.start()
printer.start()
spooler.join()
time.sleep(0.1)
