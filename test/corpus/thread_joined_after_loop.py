"""The same demo, but the rounds' senders are joined only after the loop: several senders run at once, and each may print the parcel another one stored (positive: GIL001)."""
import random
import threading

parcel = None


def send():
    global parcel
    parcel = random.randint(1, 100)  # expect: GIL001
    print("sent", parcel)


senders = []
for round_no in range(5):
    giver = threading.Thread(target=send)
    giver.start()
    senders.append(giver)
for giver in senders:
    giver.join()
