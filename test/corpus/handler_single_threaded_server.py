"""The same kind of handler on a plain TCPServer, which serves one request at a time (negative: no threads)."""
import socketserver

served = 0
names = {}


class EchoHandler(socketserver.BaseRequestHandler):
    def handle(self):
        global served
        served += 1
        data = self.request.recv(1024)
        if data not in names:
            names[data] = served
        self.request.sendall(data)


if __name__ == "__main__":
    with socketserver.TCPServer(("127.0.0.1", 0), EchoHandler) as server:
        server.handle_request()
