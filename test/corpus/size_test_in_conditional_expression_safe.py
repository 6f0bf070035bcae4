"""Reaper threads take the oldest entry with the size test and the take in one conditional expression,
under the lock the accept loop takes to add (negative)."""
import socket
import threading
import time

waiting = []
waiting_lock = threading.Lock()


class Reaper(threading.Thread):
    def run(self):
        while True:
            time.sleep(30)
            with waiting_lock:
                waiting.pop(0) if len(waiting) > 0 else print("nobody waiting")


def serve(port):
    server = socket.create_server(("127.0.0.1", port))
    while True:
        Reaper(daemon=True).start()
        conn, addr = server.accept()
        with waiting_lock:
            waiting.append(addr)
        conn.close()
