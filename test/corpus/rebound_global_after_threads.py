"""The global is rebound to a thread-local after the threads ran: their update still raced (positive: shape 5)."""
import threading

num = 0


def bump():
    global num
    num += 1  # expect: GIL001


threads = [threading.Thread(target=bump) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(num)

num = threading.local()  # a later lesson reuses the name
