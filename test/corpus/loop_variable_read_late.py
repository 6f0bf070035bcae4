"""Threads started in a loop that read what the loop rebinds for the next thread (positive)."""
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def fetch(url):
    time.sleep(0.05)
    return len(url)


sizes = []
for page in ["/", "/about", "/blog"]:
    threading.Thread(target=lambda: sizes.append(fetch(page))).start()  # expect: GIL007

with ThreadPoolExecutor(max_workers=4) as pool:
    pending = [pool.submit(lambda: fetch(path)) for path in ["/a", "/b"]]  # expect: GIL007


def serve(port):
    listener = socket.create_server(("127.0.0.1", port))
    while True:
        conn, peer = listener.accept()

        def echo():
            data = conn.recv(1024)  # expect: GIL007
            conn.sendall(data)

        threading.Thread(target=echo, daemon=True).start()


def greet():
    time.sleep(0.1)
    print("hello", visitor)  # expect: GIL007


for visitor in ["ann", "bob", "cy"]:
    threading.Thread(target=greet).start()
