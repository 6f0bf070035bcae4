"""A reaper thread, started again on each pass of the accept loop, takes the oldest entry with the size
test and the take in one conditional expression: two reapers can both see one entry (positive:
GIL004 once)."""
import socket
import threading
import time

waiting = []


class Reaper(threading.Thread):
    def run(self):
        while True:
            time.sleep(30)
            waiting.pop(0) if len(waiting) > 0 else print("nobody waiting")  # expect: GIL004


def serve(port):
    server = socket.create_server(("127.0.0.1", port))
    while True:
        Reaper(daemon=True).start()
        conn, addr = server.accept()
        waiting.append(addr)
        conn.close()
