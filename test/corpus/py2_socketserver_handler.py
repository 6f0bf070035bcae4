"""A Python 2 chat relay: `SocketServer` is Python 3's `socketserver`, so its threading server runs
each client's handler on a thread of its own, and the shared message count loses updates
(positive)."""
import SocketServer

relayed = 0


class RelayHandler(SocketServer.BaseRequestHandler):
    def handle(self):
        global relayed
        data = self.request.recv(1024)
        self.request.sendall(data)
        relayed += 1  # expect: GIL001


class RelayServer(SocketServer.ThreadingMixIn, SocketServer.TCPServer):
    allow_reuse_address = True


if __name__ == "__main__":
    RelayServer(("", 9999), RelayHandler).serve_forever()
