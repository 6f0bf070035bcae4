"""Two scribes add to a shared tally when they get the pen: `if waiting and pen.acquire(blocking=False):`
holds the pen over the body, so that update is locked (negative); `or` in the test lets the body run
without the pen (positive)."""
import threading
import time

tally = 0
pen = threading.Lock()


def scribe(rounds):
    global tally
    waiting = 0
    for _ in range(rounds):
        if waiting and pen.acquire(blocking=False):
            tally += waiting
            waiting = 0
            pen.release()
        else:
            waiting += 1
            time.sleep(0.001)


hurried = 0


def hurried_scribe(rounds):
    global hurried
    for _ in range(rounds):
        if rounds > 100 or pen.acquire(timeout=0.1):
            hurried += 1  # expect: GIL001
            if pen.locked():
                pen.release()


if __name__ == "__main__":
    workers = [threading.Thread(target=scribe, args=(50,)) for _ in range(2)]
    workers += [threading.Thread(target=hurried_scribe, args=(50,)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(tally, hurried)
