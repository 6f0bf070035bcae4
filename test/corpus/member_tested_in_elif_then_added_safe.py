"""Request handlers register a nickname after an `elif name in taken:` test, holding one lock over the test and the add (negative)."""
import socketserver
import threading


class LobbyServer(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True


taken = []
taken_lock = threading.Lock()


class LobbyHandler(socketserver.StreamRequestHandler):
    def handle(self):
        while True:
            name = self.rfile.readline().decode().strip()
            with taken_lock:
                if not name:
                    reply = b"type a name\n"
                elif name in taken:
                    reply = b"that name is taken\n"
                else:
                    taken.append(name)
                    break
            self.wfile.write(reply)
        self.wfile.write(f"welcome {name}\n".encode())


if __name__ == "__main__":
    with LobbyServer(("127.0.0.1", 9099), LobbyHandler) as server:
        server.serve_forever()
