"""`cond.wait()` after `cond.acquire()`, in a loop on the state the notifier sets under the lock (negative)."""
import threading

results = []
done = False
ready = threading.Condition()


def collect():
    global done
    for i in range(3):
        results.append(i * i)
    ready.acquire()
    done = True
    ready.notify()
    ready.release()


def report():
    ready.acquire()
    while not done:
        ready.wait()
    ready.release()
    print(results)


threading.Thread(target=collect).start()
threading.Thread(target=report).start()
