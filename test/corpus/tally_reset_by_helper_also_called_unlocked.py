"""The same cable car, but a timer thread also sends a half-empty car without taking the gate: the reset in the helper is then made with no lock, and an update under the gate can write back over it (positive: GIL001 on the count and on the reset)."""
import random
import threading
import time

gate = threading.Lock()
waiting = 0
sent = 0


def board(visitor):
    global waiting
    with gate:
        waiting += 1
        if waiting == 6:
            send_car()


def send_car():
    global waiting, sent
    print("car leaves with", waiting, "visitors")
    sent += 1  # expect: GIL001
    waiting = 0  # expect: GIL001


def impatient_operator():
    time.sleep(random.random() / 10)
    send_car()


def main():
    threads = [threading.Thread(target=board, args=(n,)) for n in range(18)]
    threads.append(threading.Thread(target=impatient_operator))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sent, "cars sent")


main()
