"""Upload threads that take a free file name with mode "x", which fails when another thread took it first (negative)."""
import os
import socket
import threading


def receive(conn):
    name = conn.recv(256).decode()
    stem, dot, ext = name.rpartition(".")
    copy = 0
    while True:
        try:
            out = open(name, "xb")
            break
        except FileExistsError:
            copy += 1
            name = f"{stem}_{copy}.{ext}"
    with out:
        out.write(conn.recv(65536))
    conn.close()


def newest_log(folder):
    """Run once, before the threads: no other thread looks for a name at the same time."""
    n = 0
    while os.path.exists(os.path.join(folder, f"log{n}.txt")):
        n += 1
    return os.path.join(folder, f"log{n}.txt")


print("logging to", newest_log("."))
listener = socket.create_server(("127.0.0.1", 5013))
while True:
    client, _ = listener.accept()
    threading.Thread(target=receive, args=(client,)).start()
