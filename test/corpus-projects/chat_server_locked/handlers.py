import threading

from state import lobby

relay_lock = threading.Lock()
messages_relayed = 0


def serve_client(conn, addr):
    global messages_relayed
    name = conn.recv(64).decode().strip()
    lobby.join(name)
    while True:
        data = conn.recv(1024)
        if not data:
            break
        with relay_lock:
            messages_relayed += 1
        conn.sendall(data)
    lobby.leave(name)
