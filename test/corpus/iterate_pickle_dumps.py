"""A game server's handler threads add themselves to a shared table under a lock, then pickle the whole table for the reply after letting the lock go (positive: the pickler goes through the dict while other handlers add to it)."""
import pickle
import socketserver
import threading

table_lock = threading.Lock()
positions = {}


class MoveHandler(socketserver.BaseRequestHandler):
    def handle(self):
        who, x, y = pickle.loads(self.request.recv(4096))
        with table_lock:
            positions[who] = (x, y)
        self.request.sendall(pickle.dumps(positions))  # expect: GIL004


class GameServer(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True


if __name__ == "__main__":
    GameServer(("0.0.0.0", 7777), MoveHandler).serve_forever()
