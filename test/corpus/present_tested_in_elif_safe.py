"""The same elif tests made and acted on under the lock that guards the removals (negative: no findings)."""
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
        with peers_lock:
            if wanted == "list":
                reply = str(list(peers))
            elif wanted in peers:
                reply = peers[wanted][0]
            elif wanted in waiting:
                waiting.remove(wanted)
                reply = "left the queue"
            else:
                reply = "unknown"
        sock.send(reply)


for n in range(3):
    threading.Thread(target=serve, args=(n, str(n))).start()
