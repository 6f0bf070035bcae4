"""A key or member tested in an `elif`, then read or removed with no lock, while other threads remove keys (positive: GIL004 twice)."""
import threading

peers_lock = threading.Lock()
peers = {}
waiting = []


def leave(name):
    with peers_lock:
        peers.pop(name, None)


def serve(sock, name):
    while True:
        wanted = sock.recv(64)
        if not wanted:
            leave(name)
            break
        if wanted == "list":
            sock.send(str(list(peers)))
        elif wanted in peers:  # expect: GIL004
            sock.send(peers[wanted][0])
        elif wanted in waiting:  # expect: GIL004
            waiting.remove(wanted)


for n in range(3):
    threading.Thread(target=serve, args=(n, str(n))).start()
