"""Per-client threads keep their own values in module globals and read them back: another client's thread can store its own in between (positive: GIL001 twice)."""
import socket
import threading

seats = []
guests = []


def find_seat(conn):
    for i, s in enumerate(seats):
        if s is conn:
            return i
    return -1


def host(conn):
    global greeting, seat
    greeting = conn.recv(64).decode().strip()  # expect: GIL001
    guests.append(greeting)
    conn.sendall(b"welcome " + greeting.encode())
    while conn.recv(1024):
        pass
    seat = find_seat(conn)  # (the second global of host(): one finding for both)
    del seats[seat]


def reception(port):
    global last_port
    last_port = port  # expect: GIL001
    srv = socket.create_server(("", last_port))
    while True:
        conn, _ = srv.accept()
        seats.append(conn)
        threading.Thread(target=host, args=(conn,), daemon=True).start()


for p in (9001, 9002):
    threading.Thread(target=reception, args=(p,)).start()
