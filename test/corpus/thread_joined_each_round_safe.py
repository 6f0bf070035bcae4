"""A demo that starts a producer and a consumer in each round of a loop and joins both before the next round: each function runs on one thread at a time, so the producer's scratch global is not shared between producers (negative: no findings)."""
import random
import threading

ready = threading.Semaphore(0)
parcel = None


def receive():
    ready.acquire()
    print("received", parcel)


def send():
    global parcel
    parcel = random.randint(1, 100)
    print("sent", parcel)
    ready.release()


for round_no in range(5):
    taker = threading.Thread(target=receive)
    giver = threading.Thread(target=send)
    taker.start()
    giver.start()
    taker.join()
    giver.join()
