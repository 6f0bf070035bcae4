from state import lobby

messages_relayed = 0


def serve_client(conn, addr):
    global messages_relayed
    name = conn.recv(64).decode().strip()
    lobby.join(name)
    while True:
        data = conn.recv(1024)
        if not data:
            break
        messages_relayed += 1  # expect: GIL001
        conn.sendall(data)
    lobby.leave(name)
