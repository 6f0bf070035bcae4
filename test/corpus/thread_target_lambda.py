"""Threads started with lambdas that call a helper (positive: helper writes a global)."""
import threading

bytes_sent = 0


def send(chunk):
    global bytes_sent
    # pretend to send the chunk somewhere
    bytes_sent += len(chunk)  # expect: GIL001


def upload(chunks):
    threads = []
    for chunk in chunks:
        t = threading.Thread(target=lambda c=chunk: send(c), daemon=True)
        threads.append(t)
        t.start()
    for t in threads:
        t.join()
    return bytes_sent
