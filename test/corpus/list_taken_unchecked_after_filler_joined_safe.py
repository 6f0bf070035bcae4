"""A printer thread pops jobs off a plain list without looking, but only after the spooler that filled it has been joined (negative).

Every job is in the list before the printer starts, and it stops when it has printed that many; a
second printer that catches IndexError stops when the list runs dry instead.
"""
import threading

print_jobs = []


def spool(names):
    for name in names:
        print_jobs.append(f"{name}.pdf")


def print_all(count):
    for _ in range(count):
        job = print_jobs.pop(0)
        print("printing", job)


def print_until_dry():
    while True:
        try:
            job = print_jobs.pop()
        except IndexError:
            return
        print("printing", job)


spooler = threading.Thread(target=spool, args=(["a", "b", "c", "d"],))
spooler.start()
spooler.join()
printer = threading.Thread(target=print_all, args=(2,))
printer.start()
printer.join()
spooler = threading.Thread(target=spool, args=(["e", "f"],))
spooler.start()
spooler.join()
dry = threading.Thread(target=print_until_dry)
dry.start()
dry.join()
