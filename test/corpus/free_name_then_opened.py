"""Upload threads look for a free file name and then open it: two uploads of the same name take the same one (positive: GIL004 once)."""
import os
import socket
import threading


def receive(conn):
    name = conn.recv(256).decode()
    stem, dot, ext = name.rpartition(".")
    copy = 0
    while os.path.exists(name):  # expect: GIL004
        copy += 1
        name = f"{stem}_{copy}.{ext}"
    with open(name, "wb") as out:
        out.write(conn.recv(65536))
    conn.close()


listener = socket.create_server(("127.0.0.1", 5012))
while True:
    client, _ = listener.accept()
    threading.Thread(target=receive, args=(client,)).start()
