"""The same server, pickling a copy of the table taken under the lock, and a list of events pickled while handlers only append (negative: the copy is the handler's own, and the pickler goes through a list by index)."""
import pickle
import socketserver
import threading

table_lock = threading.Lock()
positions = {}
events = []


class MoveHandler(socketserver.BaseRequestHandler):
    def handle(self):
        who, x, y = pickle.loads(self.request.recv(4096))
        with table_lock:
            positions[who] = (x, y)
            snapshot = dict(positions)
        events.append(who)
        self.request.sendall(pickle.dumps(snapshot))
        self.request.sendall(pickle.dumps(events))


class GameServer(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True


if __name__ == "__main__":
    GameServer(("0.0.0.0", 7777), MoveHandler).serve_forever()
