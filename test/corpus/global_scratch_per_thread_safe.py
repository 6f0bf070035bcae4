"""Globals that threads set without reading their own value back, a constant every thread stores alike, a value kept in a local, one store and read under one lock, and a single thread (negative)."""
import socket
import threading
import time

seats = []
seats_lock = threading.Lock()
running = False
last_seen = 0.0


def host(conn):
    global running, last_seen
    running = True
    last_seen = time.monotonic()
    greeting = conn.recv(64).decode().strip()
    conn.sendall(b"welcome " + greeting.encode())
    with seats_lock:
        seats.remove(conn)


def counted_host(conn):
    global newest
    with seats_lock:
        newest = conn.recv(64)
        print("newest guest says", newest)


def watcher(period):
    global interval
    interval = period * 2
    while running:
        time.sleep(interval)


def reception():
    srv = socket.create_server(("", 9001))
    while True:
        conn, _ = srv.accept()
        with seats_lock:
            seats.append(conn)
        threading.Thread(target=host, args=(conn,), daemon=True).start()
        threading.Thread(target=counted_host, args=(conn,), daemon=True).start()


threading.Thread(target=watcher, args=(1.0,), daemon=True).start()
reception()
