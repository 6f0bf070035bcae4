"""A loop hands lambdas to the module's own background-start helper; each lambda reads the loop's name late (positive)."""
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
    in_background(lambda: measure(port))  # expect: GIL007
