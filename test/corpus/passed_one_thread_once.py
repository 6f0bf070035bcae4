"""One object handed to one thread, started once (negative: shape 2 with shape 4)."""
import threading


def fill(bucket):
    bucket[0] += 1


bucket = [0]
t = threading.Thread(target=fill, args=(bucket,))
t.start()
t.join()
print(bucket)
