"""Barbers wait under an `if`, but test the waiting room again before taking a client (negative: no findings)."""
import threading

chairs = threading.Condition()
clients = []


def barber():
    while True:
        with chairs:
            if len(clients) == 0:
                chairs.wait()
            if len(clients) > 0:
                client = clients.pop(0)
                print("cutting", client)


def arrive(name):
    with chairs:
        clients.append(name)
        chairs.notify()


for _ in range(3):
    threading.Thread(target=barber, daemon=True).start()
for n in range(5):
    threading.Thread(target=arrive, args=(n,)).start()
