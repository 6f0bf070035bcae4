"""A bounded shelf guarded by a Semaphore(1) used as a mutex. The stocker takes the mutex around its
append and gives it back; the picker forgets to take it but still gives it back after its pop. Each
of the picker's releases raises the mutex's count, so soon two stockers are inside at once
(positive). A Lock would raise RuntimeError on that release; a Semaphore counts on in silence."""
import threading

shelf = []
free_slots = threading.Semaphore(5)
stocked = threading.Semaphore(0)
mutex = threading.Semaphore(1)


def stocker(n):
    for item in range(n):
        free_slots.acquire()
        mutex.acquire()
        shelf.append(item)
        mutex.release()
        stocked.release()


def picker(n):
    for _ in range(n):
        stocked.acquire()
        shelf.pop(0)
        mutex.release()  # expect: GIL003
        free_slots.release()


workers = [threading.Thread(target=stocker, args=(50,)) for _ in range(2)]
workers += [threading.Thread(target=picker, args=(50,)) for _ in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(len(shelf))
