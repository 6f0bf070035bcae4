"""The accept loop takes the threads' lock for its count too; a batch starter updates its total only after joining (negative)."""
import socket
import threading

open_connections = 0
count_lock = threading.Lock()
finished = 0


def serve(conn):
    global open_connections
    try:
        conn.sendall(conn.recv(1024))
    finally:
        conn.close()
        with count_lock:
            open_connections -= 1


def accept_forever(port):
    global open_connections
    listener = socket.create_server(("127.0.0.1", port))
    while True:
        conn, _ = listener.accept()
        with count_lock:
            open_connections += 1
        threading.Thread(target=serve, args=(conn,), daemon=True).start()


def crunch(n):
    global finished
    with count_lock:
        finished += n


def batches(sizes):
    global finished
    for size in sizes:
        worker = threading.Thread(target=crunch, args=(size,))
        worker.start()
        worker.join()
        finished += 1


if __name__ == "__main__":
    batches([3, 4])
    accept_forever(9600)
