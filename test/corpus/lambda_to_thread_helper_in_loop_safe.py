"""The same helper, handed lambdas that bind the loop's value as a default (negative)."""
import threading
import time


def in_background(job):
    worker = threading.Thread(target=job)
    worker.start()
    return worker


def measure(port):
    time.sleep(0.1)
    print(f"port {port}: ok")


for port in (8000, 8001, 8002):
    in_background(lambda port=port: measure(port))
