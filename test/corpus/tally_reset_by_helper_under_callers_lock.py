"""Visitors board a cable car one at a time under a binary semaphore; the helper that sends the car and resets the tallies is called only while that semaphore is held (negative: the reset is guarded by its caller)."""
import random
import threading
import time

gate = threading.Semaphore(1)
waiting_adults = 0
waiting_children = 0
sent = 0


def board(visitor):
    global waiting_adults, waiting_children
    gate.acquire()
    if random.random() < 0.5:
        waiting_adults += 1
    else:
        waiting_children += 1
    if waiting_adults + waiting_children == 6:
        send_car()
    gate.release()


def send_car():
    global waiting_adults, waiting_children, sent
    print("car leaves with", waiting_adults, "adults and", waiting_children, "children")
    sent += 1
    waiting_adults = 0
    waiting_children = 0


def main():
    visitors = [threading.Thread(target=board, args=(n,)) for n in range(18)]
    for v in visitors:
        v.start()
        time.sleep(0.01)
    for v in visitors:
        v.join()
    print(sent, "cars sent")


main()
