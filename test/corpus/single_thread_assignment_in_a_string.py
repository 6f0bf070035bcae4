"""One worker thread, started once and joined; the main thread only prints the globals, with text that looks like an assignment (negative: one thread)."""
import threading

total = 10
label = "start"


def report():
    print("total = ", total)
    print("label = %s" % label)  # label = changed only by the worker


def update():
    global total, label
    total += 5
    label = label + "!"
    report()


report()
worker = threading.Thread(target=update, name="updater")
worker.start()
worker.join()
report()
