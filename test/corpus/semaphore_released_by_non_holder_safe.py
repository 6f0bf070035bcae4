"""Two hand-offs that look like the mistake and are not (negative). A jar of one slot: the filler takes
`room`, and either gives it back (the jar is not full yet) or hands the turn to the eater with `full`;
the eater takes `full` and gives `room` back: a baton passed between two threads, never held by two.
And a picker that takes and gives back the shelf's mutex itself, with `with`."""
import threading

JAR_SIZE = 4
jar = 0
full = threading.Semaphore(0)
room = threading.Semaphore(1)


def filler(rounds):
    global jar
    for _ in range(rounds * JAR_SIZE):
        room.acquire()
        jar += 1
        if jar == JAR_SIZE:
            full.release()
        else:
            room.release()


def eater(rounds):
    global jar
    for _ in range(rounds):
        full.acquire()
        jar = 0
        room.release()


shelf = []
mutex = threading.Semaphore(1)


def stocker(n):
    for item in range(n):
        mutex.acquire()
        shelf.append(item)
        mutex.release()


def picker(n):
    taken = 0
    while taken < n:
        with mutex:
            if shelf:
                shelf.pop(0)
                taken += 1


threads = [threading.Thread(target=filler, args=(10,)), threading.Thread(target=eater, args=(10,))]
threads += [threading.Thread(target=stocker, args=(20,)), threading.Thread(target=picker, args=(20,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(jar, len(shelf))
