handled = 0
largest = {}


def drain(jobs):
    global handled
    while True:
        item = jobs.get()
        if item is None:
            return
        handled += 1
        if "max" not in largest:
            largest["max"] = item
